import check from '../../../../checks/aws/s3/backup-bucket-object-lock.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "compliance mode", resource: aws('aws.s3.bucket', { objectLock: { mode: 'COMPLIANCE', days: 35, years: null } }, { tags: { purpose: 'backup' } }) },
  ],
  fail: [
    { name: "no object lock", resource: aws('aws.s3.bucket', { objectLock: null }, { tags: { purpose: 'backup' } }), evidencePath: "config.objectLock" },
    { name: "governance mode", resource: aws('aws.s3.bucket', { objectLock: { mode: 'GOVERNANCE', days: 35, years: null } }, { tags: { Backup: 'TRUE' } }), evidencePath: "config.objectLock.mode" },
    { name: "enabled without default retention", resource: aws('aws.s3.bucket', { objectLock: { mode: null, days: null, years: null } }, { tags: { purpose: 'backup' } }), evidencePath: "config.objectLock.mode" },
  ],
  notAssessed: [
    { name: "lock unreadable", resource: aws('aws.s3.bucket', { objectLock: undefined }, { tags: { purpose: 'backup' } }), evidencePath: "config.objectLock" },
    { name: "tags unreadable", resource: aws('aws.s3.bucket', { objectLock: null }, { tags: undefined }), evidencePath: "tags" },
  ],
  notApplicable: [
    { name: "not a backup bucket", resource: aws('aws.s3.bucket', { objectLock: null }) },
    { name: "custom tag rule excludes default tags", resource: aws('aws.s3.bucket', { objectLock: null }, { tags: { purpose: 'backup' } }), options: { backupTags: [{ key: 'tier', values: ['vault'] }] } },
  ],
});
