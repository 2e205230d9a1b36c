import check from '../../../../checks/azure/mysql/flexible-server-geo-backup.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { mysql } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'geo-redundant', resource: mysql() }],
  fail: [{ name: 'local only', resource: mysql({ geoRedundantBackup: 'Disabled' }), evidencePath: 'config.geoRedundantBackup' }],
  notAssessed: [{ name: 'unknown', resource: mysql({ geoRedundantBackup: undefined }), evidencePath: 'config.geoRedundantBackup' }],
});
