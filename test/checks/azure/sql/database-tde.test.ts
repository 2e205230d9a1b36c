import check from '../../../../checks/azure/sql/database-tde.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { SQL_SERVER_ID, sqlDatabase } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'TDE on', resource: sqlDatabase() }],
  fail: [{ name: 'TDE off', resource: sqlDatabase({ transparentDataEncryptionState: 'Disabled' }), evidencePath: 'config.transparentDataEncryptionState' }],
  notAssessed: [{ name: 'unknown', resource: sqlDatabase({ transparentDataEncryptionState: undefined }), evidencePath: 'config.transparentDataEncryptionState' }],
  notApplicable: [{ name: 'master', resource: sqlDatabase({ transparentDataEncryptionState: 'Disabled', skuTier: 'System' }, { id: `${SQL_SERVER_ID}/databases/master`, name: 'master' }) }],
});
