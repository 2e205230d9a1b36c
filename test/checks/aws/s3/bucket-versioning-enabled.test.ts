import check from '../../../../checks/aws/s3/bucket-versioning-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "enabled", resource: aws('aws.s3.bucket') },
  ],
  fail: [
    { name: "never enabled (no Status)", resource: aws('aws.s3.bucket', { versioning: 'Off' }), evidencePath: "config.versioning" },
    { name: "suspended", resource: aws('aws.s3.bucket', { versioning: 'Suspended' }), evidencePath: "config.versioning" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.s3.bucket', { versioning: undefined }), evidencePath: "config.versioning" },
  ],
});
