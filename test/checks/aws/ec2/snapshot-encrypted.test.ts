import check from '../../../../checks/aws/ec2/snapshot-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.ec2.snapshot') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.ec2.snapshot', { encrypted: false }), evidencePath: "config.encrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.ec2.snapshot', { encrypted: undefined }), evidencePath: "config.encrypted" },
  ],
});
