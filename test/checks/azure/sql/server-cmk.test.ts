import check from '../../../../checks/azure/sql/server-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, sqlServer } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Key Vault protector', resource: sqlServer({}, { tags: PHI }) }],
  fail: [{ name: 'service-managed', resource: sqlServer({ encryptionProtectorKeyType: 'ServiceManaged' }, { tags: PHI }), evidencePath: 'config.encryptionProtectorKeyType' }],
  notAssessed: [
    { name: 'unknown', resource: sqlServer({ encryptionProtectorKeyType: undefined }, { tags: PHI }), evidencePath: 'config.encryptionProtectorKeyType' },
    { name: 'tags unreadable: whether it holds ePHI is unknown', resource: sqlServer({ encryptionProtectorKeyType: 'ServiceManaged' }, { tags: undefined }), evidencePath: 'tags' },
  ],
  notApplicable: [{ name: 'no ePHI tags', resource: sqlServer({ encryptionProtectorKeyType: 'ServiceManaged' }) }],
});
