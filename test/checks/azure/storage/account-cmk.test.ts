import check from '../../../../checks/azure/storage/account-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, storageAccount } from '../_fixtures.js';

const mmk = { keySource: 'Microsoft.Storage' as const, requireInfrastructureEncryption: null, keyVaultProperties: null };
checkCases(check, {
  pass: [{ name: 'ePHI account with a Key Vault key', resource: storageAccount({}, { tags: PHI }) }],
  fail: [{ name: 'ePHI account with Microsoft-managed keys', resource: storageAccount({ encryption: mmk }, { tags: PHI }), evidencePath: 'config.encryption.keySource' }],
  notAssessed: [{ name: 'encryption unreadable', resource: storageAccount({ encryption: undefined }, { tags: PHI }), evidencePath: 'config.encryption' }],
  notApplicable: [{ name: 'account without ePHI tags', resource: storageAccount({ encryption: mmk }) }],
});
