import check from '../../../../checks/aws/redshift/cluster-audit-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.redshift.cluster';
checkCases(check, {
  pass: [{ name: 'CloudWatch', resource: aws(T) }, { name: 'S3', resource: aws(T, { auditLogging: { destinationType: 's3', bucketName: 'logs' } }) }],
  fail: [{ name: 'off', resource: aws(T, { auditLogging: null }), evidencePath: 'config.auditLogging' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { auditLogging: undefined }), evidencePath: 'config.auditLogging' }],
});
