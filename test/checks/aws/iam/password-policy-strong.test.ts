import check from '../../../../checks/aws/iam/password-policy-strong.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "14 chars, reuse 24", resource: aws('aws.iam.password-policy') },
  ],
  fail: [
    { name: "no policy", resource: aws('aws.iam.password-policy', { present: false, minimumLength: null, reusePrevention: null }), evidencePath: "config.present" },
    { name: "short passwords", resource: aws('aws.iam.password-policy', { minimumLength: 8 }), evidencePath: "config.minimumLength" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.iam.password-policy', { present: undefined }), evidencePath: "config.present" },
    { name: "fields unreadable", resource: aws('aws.iam.password-policy', { minimumLength: undefined }), evidencePath: "config.minimumLength" },
  ],
});
