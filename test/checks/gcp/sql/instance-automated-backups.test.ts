import check from '../../../../checks/gcp/sql/instance-automated-backups.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'backups on', resource: sqlInstance({ backupEnabled: true }) }],
  fail: [{ name: 'backups off', resource: sqlInstance({ backupEnabled: false }), evidencePath: 'config.backupEnabled' }],
  notAssessed: [{ name: 'unreadable', resource: sqlInstance({ backupEnabled: undefined }), evidencePath: 'config.backupEnabled' }],
});
