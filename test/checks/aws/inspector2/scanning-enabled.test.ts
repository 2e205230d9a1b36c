import check from '../../../../checks/aws/inspector2/scanning-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const ALL = { ec2: true, ecr: true, lambda: true };

checkCases(check, {
  pass: [
    { name: 'all three', resource: aws('aws.inspector2.status') },
    { name: 'Lambda and ECR scanning off where the region has no functions or repositories', resource: aws('aws.inspector2.status', { ecr: false, lambda: false, workloads: { ec2: true, ecr: false, lambda: false } }) },
  ],
  fail: [
    { name: 'Lambda off with functions in the region', resource: aws('aws.inspector2.status', { lambda: false }), evidencePath: 'config.lambda' },
    { name: 'off with instances, even if another is unknown', resource: aws('aws.inspector2.status', { ec2: false, ecr: undefined }), evidencePath: 'config.workloads.ec2' },
  ],
  notAssessed: [
    { name: 'ECR status unknown', resource: aws('aws.inspector2.status', { ecr: undefined }), evidencePath: 'config.ecr' },
    { name: 'Lambda off and whether functions exist is unknown', resource: aws('aws.inspector2.status', { lambda: false, workloads: { ...ALL, lambda: undefined } }), evidencePath: 'config.workloads.lambda' },
  ],
  notApplicable: [
    { name: 'nothing to scan in the region', resource: aws('aws.inspector2.status', { ec2: false, ecr: false, lambda: false, workloads: { ec2: false, ecr: false, lambda: false } }) },
  ],
});
