import check from '../../../../checks/aws/iam/break-glass-access-documented.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'a tagged break-glass role', resource: aws('aws.iam.emergency-access') }],
  // Absence of the tag is never evidence that no emergency procedure exists.
  cannotFail: 'an emergency access procedure is a written process: no designated identity is not assessed (another mechanism may exist), never a fail',
  fail: [],
  notAssessed: [
    { name: 'none designated', resource: aws('aws.iam.emergency-access', { designated: [] }), evidencePath: 'config.designated' },
    { name: 'roles and users unread', resource: aws('aws.iam.emergency-access', { designated: undefined }), evidencePath: 'config.designated' },
  ],
});
