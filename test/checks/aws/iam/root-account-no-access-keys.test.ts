import check from '../../../../checks/aws/iam/root-account-no-access-keys.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "no keys", resource: aws('aws.iam.root-account') },
  ],
  fail: [
    { name: "root keys", resource: aws('aws.iam.root-account', { accessKeysPresent: true }), evidencePath: "config.accessKeysPresent" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.iam.root-account', { accessKeysPresent: undefined }), evidencePath: "config.accessKeysPresent" },
  ],
});
