import check from '../../../../checks/aws/s3/bucket-public-access-blocked.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "bucket-level block", resource: aws('aws.s3.bucket') },
    { name: "account-level block covers a bare bucket", resource: aws('aws.s3.bucket', { publicAccessBlock: null }), inventory: [aws('aws.s3.account-public-access-block')] },
  ],
  fail: [
    { name: "neither bucket nor account blocks", resource: aws('aws.s3.bucket', { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } }), inventory: [aws('aws.s3.account-public-access-block', { publicAccessBlock: null })], evidencePath: "config.publicAccessBlock" },
  ],
  notAssessed: [
    { name: "bucket unreadable, account not blocking", resource: aws('aws.s3.bucket', { publicAccessBlock: undefined }), inventory: [aws('aws.s3.account-public-access-block', { publicAccessBlock: null })], evidencePath: "config.publicAccessBlock" },
    { name: "bucket partial, account setting not collected", resource: aws('aws.s3.bucket', { publicAccessBlock: null }), evidencePath: "account.publicAccessBlock" },
  ],
});
