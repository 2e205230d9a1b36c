import check from '../../../../checks/aws/ec2/ebs-encryption-by-default.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.ec2.ebs-encryption-default') },
  ],
  fail: [
    { name: "off", resource: aws('aws.ec2.ebs-encryption-default', { enabled: false }), evidencePath: "config.enabled" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.ec2.ebs-encryption-default', { enabled: undefined }), evidencePath: "config.enabled" },
  ],
});
