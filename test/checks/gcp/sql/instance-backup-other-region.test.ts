import check from '../../../../checks/gcp/sql/instance-backup-other-region.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'another region', resource: sqlInstance({ backupLocation: 'us-east1', region: 'us-central1' }) },
    { name: 'a multi-region that does not include the instance region', resource: sqlInstance({ backupLocation: 'eu', region: 'us-central1' }) },
    { name: 'eu multi-region for a London instance (London is not in it)', resource: sqlInstance({ backupLocation: 'eu', region: 'europe-west2' }) },
  ],
  fail: [
    { name: 'same region', resource: sqlInstance({ backupLocation: 'us-central1', region: 'us-central1' }), evidencePath: 'config.backupLocation' },
    { name: 'default location', resource: sqlInstance({ backupLocation: null }), evidencePath: 'config.backupLocation' },
    { name: 'the us multi-region includes us-central1', resource: sqlInstance({ backupLocation: 'us', region: 'us-central1' }), evidencePath: 'config.backupLocation' },
    { name: 'dual-region nam4 includes us-east1', resource: sqlInstance({ backupLocation: 'nam4', region: 'us-east1' }), evidencePath: 'config.backupLocation' },
    { name: 'custom dual-region that includes the region', resource: sqlInstance({ backupLocation: 'us-east1+us-central1', region: 'us-central1' }), evidencePath: 'config.backupLocation' },
  ],
  notAssessed: [
    { name: 'location unreadable', resource: sqlInstance({ backupLocation: undefined }), evidencePath: 'config.backupLocation' },
    { name: 'a location phiscan does not know', resource: sqlInstance({ backupLocation: 'eur9', region: 'europe-west1' }), evidencePath: 'config.backupLocation' },
  ],
  notApplicable: [{ name: 'backups off', resource: sqlInstance({ backupEnabled: false, backupLocation: null }) }],
});
