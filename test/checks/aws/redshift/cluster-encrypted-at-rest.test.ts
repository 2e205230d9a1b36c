import check from '../../../../checks/aws/redshift/cluster-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.redshift.cluster';
checkCases(check, {
  pass: [{ name: 'encrypted', resource: aws(T) }],
  fail: [{ name: 'unencrypted', resource: aws(T, { encrypted: false }), evidencePath: 'config.encrypted' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { encrypted: undefined }), evidencePath: 'config.encrypted' }],
});
