import check from '../../../../checks/aws/iam/user-no-direct-policies.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'permissions only through groups', resource: aws('aws.iam.user') }],
  fail: [
    { name: 'attached managed policy', resource: aws('aws.iam.user', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }), evidencePath: 'config.attachedPolicyArns' },
    { name: 'inline policy', resource: aws('aws.iam.user', { inlinePolicyNames: ['extra'] }), evidencePath: 'config.attachedPolicyArns' },
  ],
  notAssessed: [
    { name: 'attached policies unread', resource: aws('aws.iam.user', { attachedPolicyArns: undefined }), evidencePath: 'config.attachedPolicyArns' },
    { name: 'inline policies unread', resource: aws('aws.iam.user', { inlinePolicyNames: undefined }), evidencePath: 'config.attachedPolicyArns' },
  ],
});
