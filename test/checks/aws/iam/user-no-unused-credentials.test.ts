import check from '../../../../checks/aws/iam/user-no-unused-credentials.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "recently used password and key", resource: aws('aws.iam.user', { accessKeys: [{ active: true, lastRotated: '2026-09-01T00:00:00Z', lastUsed: '2026-10-30T00:00:00Z' }] }) },
  ],
  fail: [
    { name: "password unused for 200 days", resource: aws('aws.iam.user', { passwordLastUsed: '2026-04-15T00:00:00Z' }), evidencePath: "config.passwordLastUsed" },
    { name: "active key never used, created long ago", resource: aws('aws.iam.user', { passwordEnabled: false, passwordLastUsed: null, accessKeys: [{ active: true, lastRotated: '2026-01-01T00:00:00Z', lastUsed: null }] }), evidencePath: "config.accessKeys" },
    { name: "password never used since creation long ago", resource: aws('aws.iam.user', { passwordLastUsed: null, createdAt: '2025-01-01T00:00:00Z' }), evidencePath: "config.passwordLastUsed" },
  ],
  notAssessed: [
    { name: "key list unreadable", resource: aws('aws.iam.user', { accessKeys: undefined }), evidencePath: "config.accessKeys" },
    { name: "password last use unreadable", resource: aws('aws.iam.user', { passwordLastUsed: undefined }), evidencePath: "config.passwordLastUsed" },
  ],
  notApplicable: [
    { name: "no enabled credentials", resource: aws('aws.iam.user', { passwordEnabled: false, passwordLastUsed: null, accessKeys: [] }) },
  ],
});
