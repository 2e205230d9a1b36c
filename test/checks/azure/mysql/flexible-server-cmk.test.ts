import check from '../../../../checks/azure/mysql/flexible-server-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, mysql } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI server with a Key Vault key', resource: mysql({}, { tags: PHI }) }],
  fail: [{ name: 'system-managed key', resource: mysql({ dataEncryptionType: 'SystemManaged' }, { tags: PHI }), evidencePath: 'config.dataEncryptionType' }],
  notAssessed: [{ name: 'unknown', resource: mysql({ dataEncryptionType: undefined }, { tags: PHI }), evidencePath: 'config.dataEncryptionType' }],
  notApplicable: [{ name: 'no ePHI tags', resource: mysql({ dataEncryptionType: 'SystemManaged' }) }],
});
