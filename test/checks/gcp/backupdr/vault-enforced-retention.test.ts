import check from '../../../../checks/gcp/backupdr/vault-enforced-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { vault } from '../_fixtures.js';

const DAY = 86400;

checkCases(check, {
  pass: [
    { name: '30 days', resource: vault({ minimumEnforcedRetentionSeconds: 30 * DAY }) },
    { name: 'exactly the default minimum', resource: vault({ minimumEnforcedRetentionSeconds: 7 * DAY }) },
  ],
  fail: [
    { name: 'one day', resource: vault({ minimumEnforcedRetentionSeconds: DAY }), evidencePath: 'config.minimumEnforcedRetentionSeconds' },
    { name: 'below a stricter option', resource: vault({ minimumEnforcedRetentionSeconds: 14 * DAY }), options: { minimumDays: 30 }, evidencePath: 'config.minimumEnforcedRetentionSeconds' },
    { name: 'not set', resource: vault({ minimumEnforcedRetentionSeconds: null }), evidencePath: 'config.minimumEnforcedRetentionSeconds' },
  ],
  notAssessed: [{ name: 'unreadable', resource: vault({ minimumEnforcedRetentionSeconds: undefined }), evidencePath: 'config.minimumEnforcedRetentionSeconds' }],
});
