import check from '../../../../checks/aws/ec2/instance-no-public-ip.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "private", resource: aws('aws.ec2.instance') },
  ],
  fail: [
    { name: "public IP", resource: aws('aws.ec2.instance', { publicIpAddress: '203.0.113.10' }, { tags: EPHI_TAGS }), evidencePath: "config.publicIpAddress" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.ec2.instance', { publicIpAddress: undefined }), evidencePath: "config.publicIpAddress" },
  ],
  notApplicable: [
    { name: "terminated", resource: aws('aws.ec2.instance', { state: 'terminated', publicIpAddress: '203.0.113.10' }) },
  ],
});
