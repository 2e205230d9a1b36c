import check from '../../../../checks/aws/iam/user-console-mfa.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "console user with MFA", resource: aws('aws.iam.user') },
  ],
  fail: [
    { name: "console user without MFA", resource: aws('aws.iam.user', { mfaActive: false }), evidencePath: "config.mfaActive" },
  ],
  notAssessed: [
    { name: "MFA unreadable", resource: aws('aws.iam.user', { mfaActive: undefined }), evidencePath: "config.mfaActive" },
    { name: "password status unreadable", resource: aws('aws.iam.user', { passwordEnabled: undefined, mfaActive: false }), evidencePath: "config.passwordEnabled" },
  ],
  notApplicable: [
    { name: "no console password", resource: aws('aws.iam.user', { passwordEnabled: false, passwordLastUsed: null, mfaActive: false }) },
  ],
});
