import check from '../../../../checks/aws/cloudfront/distribution-access-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'standard logging to S3', resource: aws('aws.cloudfront.distribution') },
    { name: 'v2 delivery', resource: aws('aws.cloudfront.distribution', { logging: null, loggingV2: true }) },
  ],
  fail: [{ name: 'neither', resource: aws('aws.cloudfront.distribution', { logging: null, loggingV2: false }), evidencePath: 'config.loggingV2' }],
  notAssessed: [
    { name: 'legacy off, v2 unread', resource: aws('aws.cloudfront.distribution', { logging: null, loggingV2: undefined }), evidencePath: 'config.loggingV2' },
    { name: 'config unreadable', resource: aws('aws.cloudfront.distribution', { logging: undefined }), evidencePath: 'config.logging' },
  ],
});
