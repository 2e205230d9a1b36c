import check from '../../../../checks/aws/redshift/cluster-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.redshift.cluster';
checkCases(check, {
  pass: [{ name: 'private', resource: aws(T) }],
  fail: [{ name: 'public', resource: aws(T, { publiclyAccessible: true }), evidencePath: 'config.publiclyAccessible' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { publiclyAccessible: undefined }), evidencePath: 'config.publiclyAccessible' }],
});
