import check from '../../../../checks/aws/ec2/snapshot-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "private", resource: aws('aws.ec2.snapshot') },
  ],
  fail: [
    { name: "public", resource: aws('aws.ec2.snapshot', { public: true }), evidencePath: "config.public" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.ec2.snapshot', { public: undefined }), evidencePath: "config.public" },
  ],
});
