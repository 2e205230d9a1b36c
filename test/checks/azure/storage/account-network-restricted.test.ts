import check from '../../../../checks/azure/storage/account-network-restricted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

const open = { defaultAction: 'Allow' as const, bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] };
checkCases(check, {
  pass: [
    { name: 'firewall denies by default', resource: storageAccount() },
    { name: 'public access disabled (ACLs unknown)', resource: storageAccount({ publicNetworkAccess: 'Disabled', networkAcls: undefined }) },
  ],
  fail: [
    { name: 'all networks', resource: storageAccount({ networkAcls: open }), evidencePath: 'config.networkAcls.defaultAction' },
    { name: 'public access not set, default Allow', resource: storageAccount({ publicNetworkAccess: null, networkAcls: open }), evidencePath: 'config.networkAcls.defaultAction' },
  ],
  notAssessed: [{ name: 'network ACLs unknown', resource: storageAccount({ networkAcls: undefined }), evidencePath: 'config.networkAcls' }],
});
