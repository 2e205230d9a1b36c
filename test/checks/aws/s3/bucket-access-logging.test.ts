import check from '../../../../checks/aws/s3/bucket-access-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'logging to a log bucket', resource: aws('aws.s3.bucket', { logging: { targetBucket: 'logs', targetPrefix: 'phi/' } }, { tags: EPHI_TAGS }) }],
  fail: [{ name: 'off', resource: aws('aws.s3.bucket', { logging: null }, { tags: EPHI_TAGS }), evidencePath: 'config.logging' }],
  notAssessed: [
    { name: 'GetBucketLogging failed', resource: aws('aws.s3.bucket', { logging: undefined }, { tags: EPHI_TAGS }), evidencePath: 'config.logging' },
    { name: 'tags unreadable', resource: aws('aws.s3.bucket', { logging: null }, { tags: undefined }), evidencePath: 'tags' },
  ],
  notApplicable: [{ name: 'not ePHI', resource: aws('aws.s3.bucket', { logging: null }, { tags: {} }) }],
});
