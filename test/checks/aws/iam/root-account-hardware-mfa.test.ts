import check from '../../../../checks/aws/iam/root-account-hardware-mfa.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "hardware MFA", resource: aws('aws.iam.root-account') },
  ],
  fail: [
    { name: "virtual MFA only", resource: aws('aws.iam.root-account', { hardwareMfa: false }), evidencePath: "config.hardwareMfa" },
  ],
  notAssessed: [
    { name: "device type unknown", resource: aws('aws.iam.root-account', { hardwareMfa: undefined }), evidencePath: "config.hardwareMfa" },
  ],
  notApplicable: [
    { name: "no root credentials", resource: aws('aws.iam.root-account', { credentialsPresent: false, hardwareMfa: null }) },
    { name: "no MFA at all", resource: aws('aws.iam.root-account', { mfaEnabled: false, hardwareMfa: null }) },
  ],
});
