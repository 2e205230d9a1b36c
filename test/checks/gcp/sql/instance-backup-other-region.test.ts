import check from '../../../../checks/gcp/sql/instance-backup-other-region.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'another region', resource: sqlInstance({ backupLocation: 'us-east1', region: 'us-central1' }) },
    { name: 'a chosen multi-region', resource: sqlInstance({ backupLocation: 'us', region: 'us-central1' }) },
  ],
  fail: [
    { name: 'same region', resource: sqlInstance({ backupLocation: 'us-central1', region: 'us-central1' }), evidencePath: 'config.backupLocation' },
    { name: 'default location', resource: sqlInstance({ backupLocation: null }), evidencePath: 'config.backupLocation' },
  ],
  notAssessed: [{ name: 'location unreadable', resource: sqlInstance({ backupLocation: undefined }), evidencePath: 'config.backupLocation' }],
  notApplicable: [{ name: 'backups off', resource: sqlInstance({ backupEnabled: false, backupLocation: null }) }],
});
