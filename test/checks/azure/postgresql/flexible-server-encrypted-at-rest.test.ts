import check from '../../../../checks/azure/postgresql/flexible-server-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, postgres } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'system-managed keys are encryption at rest', resource: postgres({ dataEncryptionType: 'SystemManaged' }, { tags: PHI }) },
    { name: 'customer-managed Key Vault key', resource: postgres({}, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Flexible servers always encrypt data, backups and temporary files at rest; dataEncryption.type is SystemManaged or AzureKeyVault, never off.',
  notAssessed: [{ name: 'encryption unreadable', resource: postgres({ dataEncryptionType: undefined }), evidencePath: 'config.dataEncryptionType' }],
});
