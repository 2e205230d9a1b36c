import check from '../../../../checks/azure/sql/database-geo-backup.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { SQL_SERVER_ID, sqlDatabase } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Geo', resource: sqlDatabase() }, { name: 'GeoZone', resource: sqlDatabase({ backupStorageRedundancy: 'GeoZone' }) }],
  fail: [
    { name: 'Local', resource: sqlDatabase({ backupStorageRedundancy: 'Local' }), evidencePath: 'config.backupStorageRedundancy' },
    { name: 'Zone', resource: sqlDatabase({ backupStorageRedundancy: 'Zone' }), evidencePath: 'config.backupStorageRedundancy' },
  ],
  notAssessed: [{ name: 'unknown', resource: sqlDatabase({ backupStorageRedundancy: undefined }), evidencePath: 'config.backupStorageRedundancy' }],
  notApplicable: [{ name: 'master', resource: sqlDatabase({ backupStorageRedundancy: 'Local' }, { id: `${SQL_SERVER_ID}/databases/master`, name: 'master' }) }],
});
