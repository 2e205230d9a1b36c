import check from '../../../../checks/azure/mysql/flexible-server-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, mysql } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'system-managed keys are encryption at rest', resource: mysql({ dataEncryptionType: 'SystemManaged' }, { tags: PHI }) },
    { name: 'customer-managed Key Vault key', resource: mysql({}, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Flexible servers always encrypt data, backups and temporary files at rest; dataEncryption.type is SystemManaged or AzureKeyVault, never off.',
  notAssessed: [{ name: 'encryption unreadable', resource: mysql({ dataEncryptionType: undefined }), evidencePath: 'config.dataEncryptionType' }],
});
