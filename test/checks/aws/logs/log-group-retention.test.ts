import check from '../../../../checks/aws/logs/log-group-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'one year', resource: aws('aws.logs.log-group') },
    { name: 'never expire', resource: aws('aws.logs.log-group', { retentionInDays: null }) },
    { name: 'configured minimum', resource: aws('aws.logs.log-group', { retentionInDays: 90 }), options: { minRetentionDays: 90 } },
  ],
  fail: [
    { name: 'two weeks', resource: aws('aws.logs.log-group', { retentionInDays: 14 }), evidencePath: 'config.retentionInDays' },
  ],
  notAssessed: [
    { name: 'unknown', resource: aws('aws.logs.log-group', { retentionInDays: undefined }), evidencePath: 'config.retentionInDays' },
  ],
});
