import check from '../../../../checks/gcp/logging/bucket-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { logBucket } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: '400 days', resource: logBucket() },
    { name: 'a lower configured minimum', resource: logBucket({ retentionDays: 90 }), options: { minimumDays: 90 } },
  ],
  fail: [
    { name: 'the _Default bucket\'s 30 days', resource: logBucket({ retentionDays: 30, locked: false }), evidencePath: 'config.retentionDays' },
    { name: 'one day short', resource: logBucket({ retentionDays: 364 }), evidencePath: 'config.retentionDays' },
  ],
  notAssessed: [{ name: 'retention unreadable', resource: logBucket({ retentionDays: undefined }), evidencePath: 'config.retentionDays' }],
  notApplicable: [{ name: 'being deleted', resource: logBucket({ retentionDays: 1, lifecycleState: 'DELETE_REQUESTED' }) }],
});
