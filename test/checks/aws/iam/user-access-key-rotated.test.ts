import check from '../../../../checks/aws/iam/user-access-key-rotated.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "30-day-old key", resource: aws('aws.iam.user', { accessKeys: [{ active: true, lastRotated: '2026-10-02T00:00:00Z', lastUsed: '2026-10-31T00:00:00Z' }] }) },
    { name: "old key allowed by a longer option", resource: aws('aws.iam.user', { accessKeys: [{ active: true, lastRotated: '2026-06-01T00:00:00Z', lastUsed: null }] }), options: { maxAgeDays: 365 } },
  ],
  fail: [
    { name: "200-day-old active key", resource: aws('aws.iam.user', { accessKeys: [{ active: true, lastRotated: '2026-04-15T00:00:00Z', lastUsed: '2026-10-31T00:00:00Z' }] }), evidencePath: "config.accessKeys" },
  ],
  notAssessed: [
    { name: "keys unreadable", resource: aws('aws.iam.user', { accessKeys: undefined }), evidencePath: "config.accessKeys" },
    { name: "key age unknown", resource: aws('aws.iam.user', { accessKeys: [{ active: true, lastRotated: null, lastUsed: null }] }), evidencePath: "config.accessKeys" },
  ],
  notApplicable: [
    { name: "only inactive keys", resource: aws('aws.iam.user', { accessKeys: [{ active: false, lastRotated: '2020-01-01T00:00:00Z', lastUsed: null }] }) },
    { name: "no keys", resource: aws('aws.iam.user') },
  ],
});
