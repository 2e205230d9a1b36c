import check from '../../../../checks/azure/keyvault/vault-network-restricted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVault } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'public access disabled', resource: keyVault() },
    { name: 'firewall denies by default', resource: keyVault({ publicNetworkAccess: 'Enabled' }) },
  ],
  fail: [
    { name: 'no network ACLs', resource: keyVault({ publicNetworkAccess: 'Enabled', networkAcls: null }), evidencePath: 'config.networkAcls' },
    { name: 'default Allow', resource: keyVault({ publicNetworkAccess: null, networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } }), evidencePath: 'config.networkAcls' },
  ],
  notAssessed: [{ name: 'ACLs unknown', resource: keyVault({ publicNetworkAccess: 'Enabled', networkAcls: undefined }), evidencePath: 'config.networkAcls' }],
});
