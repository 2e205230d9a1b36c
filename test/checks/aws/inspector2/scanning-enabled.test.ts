import check from '../../../../checks/aws/inspector2/scanning-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "all three", resource: aws('aws.inspector2.status') },
  ],
  fail: [
    { name: "Lambda off", resource: aws('aws.inspector2.status', { lambda: false }), evidencePath: "config.lambda" },
    { name: "off even if another is unknown", resource: aws('aws.inspector2.status', { ec2: false, ecr: undefined }), evidencePath: "config.ec2" },
  ],
  notAssessed: [
    { name: "ECR unknown", resource: aws('aws.inspector2.status', { ecr: undefined }), evidencePath: "config.ecr" },
  ],
});
