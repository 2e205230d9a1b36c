import check from '../../../../checks/azure/postgresql/flexible-server-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, postgres } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI server with a Key Vault key', resource: postgres({}, { tags: PHI }) }],
  fail: [{ name: 'system-managed key', resource: postgres({ dataEncryptionType: 'SystemManaged' }, { tags: PHI }), evidencePath: 'config.dataEncryptionType' }],
  notAssessed: [{ name: 'unknown', resource: postgres({ dataEncryptionType: undefined }, { tags: PHI }), evidencePath: 'config.dataEncryptionType' }],
  notApplicable: [{ name: 'no ePHI tags', resource: postgres({ dataEncryptionType: 'SystemManaged' }) }],
});
