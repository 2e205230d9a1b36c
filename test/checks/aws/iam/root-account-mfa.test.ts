import check from '../../../../checks/aws/iam/root-account-mfa.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "MFA on", resource: aws('aws.iam.root-account') },
    { name: "no root credentials (centrally managed)", resource: aws('aws.iam.root-account', { credentialsPresent: false, mfaEnabled: false, hardwareMfa: null }) },
  ],
  fail: [
    { name: "password and no MFA", resource: aws('aws.iam.root-account', { mfaEnabled: false, hardwareMfa: null }), evidencePath: "config.mfaEnabled" },
  ],
  notAssessed: [
    { name: "MFA unreadable", resource: aws('aws.iam.root-account', { mfaEnabled: undefined }), evidencePath: "config.mfaEnabled" },
    { name: "credential presence unknown", resource: aws('aws.iam.root-account', { credentialsPresent: undefined, mfaEnabled: false }), evidencePath: "config.credentialsPresent" },
  ],
});
