import check from '../../../../checks/azure/postgresql/flexible-server-geo-backup.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { postgres } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'geo-redundant', resource: postgres() }],
  fail: [{ name: 'local only', resource: postgres({ geoRedundantBackup: 'Disabled' }), evidencePath: 'config.geoRedundantBackup' }],
  notAssessed: [{ name: 'unknown', resource: postgres({ geoRedundantBackup: undefined }), evidencePath: 'config.geoRedundantBackup' }],
});
