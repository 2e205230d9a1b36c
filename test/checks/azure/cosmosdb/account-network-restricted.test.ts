import check from '../../../../checks/azure/cosmosdb/account-network-restricted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'public access disabled', resource: cosmos() },
    { name: 'IP firewall', resource: cosmos({ publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, ipRules: ['203.0.113.0/24'] }) },
  ],
  fail: [
    { name: 'all networks', resource: cosmos({ publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, ipRules: [] }), evidencePath: 'config.ipRules' },
    { name: 'IP rule 0.0.0.0/0', resource: cosmos({ publicNetworkAccess: null, isVirtualNetworkFilterEnabled: false, ipRules: ['0.0.0.0/0'] }), evidencePath: 'config.ipRules' },
  ],
  notAssessed: [{ name: 'VNet filter unknown', resource: cosmos({ publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: undefined, ipRules: [] }), evidencePath: 'config.isVirtualNetworkFilterEnabled' }],
});
