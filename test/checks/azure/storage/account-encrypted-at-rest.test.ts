import check from '../../../../checks/azure/storage/account-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'Microsoft-managed keys are encryption at rest', resource: storageAccount({ encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: null, keyVaultProperties: null } }, { tags: PHI }) },
    { name: 'customer-managed key', resource: storageAccount({}, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Azure Storage encryption is on for every account and cannot be disabled, so no account shows unencrypted storage.',
  notAssessed: [{ name: 'encryption unreadable', resource: storageAccount({ encryption: undefined }), evidencePath: 'config.encryption' }],
});
