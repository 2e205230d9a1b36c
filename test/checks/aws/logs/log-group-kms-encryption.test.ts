import check from '../../../../checks/aws/logs/log-group-kms-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'KMS key', resource: aws('aws.logs.log-group') }],
  fail: [{ name: 'service key only', resource: aws('aws.logs.log-group', { kmsKeyId: null }), evidencePath: 'config.kmsKeyId' }],
  notAssessed: [{ name: 'unknown', resource: aws('aws.logs.log-group', { kmsKeyId: undefined }), evidencePath: 'config.kmsKeyId' }],
});
