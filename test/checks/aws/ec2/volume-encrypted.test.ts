import check from '../../../../checks/aws/ec2/volume-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.ec2.volume') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.ec2.volume', { encrypted: false, kmsKeyId: null }), evidencePath: "config.encrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.ec2.volume', { encrypted: undefined }), evidencePath: "config.encrypted" },
  ],
});
