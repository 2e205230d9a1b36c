import check from '../../../../checks/gcp/sql/instance-backup-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: '30 retained', resource: sqlInstance() },
    { name: 'exactly the default minimum (7)', resource: sqlInstance({ retainedBackups: 7 }) },
  ],
  fail: [
    { name: '3 retained', resource: sqlInstance({ retainedBackups: 3 }), evidencePath: 'config.retainedBackups' },
    { name: 'below a raised minimum', resource: sqlInstance({ retainedBackups: 14 }), options: { minimumBackups: 30 }, evidencePath: 'config.retainedBackups' },
  ],
  notAssessed: [
    { name: 'retention unreadable', resource: sqlInstance({ retainedBackups: undefined }), evidencePath: 'config.retainedBackups' },
    { name: 'retention not reported', resource: sqlInstance({ retainedBackups: null }), evidencePath: 'config.retainedBackups' },
    { name: 'backup configuration unreadable', resource: sqlInstance({ backupEnabled: undefined }), evidencePath: 'config.backupEnabled' },
  ],
  notApplicable: [{ name: 'backups off', resource: sqlInstance({ backupEnabled: false, retainedBackups: null }) }],
});
