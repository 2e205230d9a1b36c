import check from '../../../../checks/aws/ssm/instance-managed.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "managed", resource: aws('aws.ec2.instance') },
  ],
  fail: [
    { name: "not managed", resource: aws('aws.ec2.instance', { ssmManaged: false, patchCompliance: null }), evidencePath: "config.ssmManaged" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.ec2.instance', { ssmManaged: undefined }), evidencePath: "config.ssmManaged" },
  ],
  notApplicable: [
    { name: "stopped", resource: aws('aws.ec2.instance', { state: 'stopped', ssmManaged: false }) },
  ],
});
