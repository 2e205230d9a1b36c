import check from '../../../../checks/aws/redshift/cluster-tls-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.redshift.cluster';
checkCases(check, {
  pass: [{ name: 'require_ssl true', resource: aws(T) }],
  fail: [{ name: 'require_ssl false', resource: aws(T, { requireSsl: false }), evidencePath: 'config.requireSsl' }],
  notAssessed: [{ name: 'parameters unread', resource: aws(T, { requireSsl: undefined }), evidencePath: 'config.requireSsl' }],
});
