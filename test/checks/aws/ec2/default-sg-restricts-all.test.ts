import check from '../../../../checks/aws/ec2/default-sg-restricts-all.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "empty default group", resource: aws('aws.ec2.security-group', { groupName: 'default', isDefault: true, ingress: [], egress: [] }) },
  ],
  fail: [
    { name: "default rules", resource: aws('aws.ec2.security-group', { groupName: 'default', isDefault: true, ingress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: ['sg-1'], prefixListIds: [] }], egress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
  ],
  notAssessed: [
    { name: "rules unreadable", resource: aws('aws.ec2.security-group', { isDefault: true, ingress: undefined }), evidencePath: "config.ingress" },
    { name: "default status unknown", resource: aws('aws.ec2.security-group', { isDefault: undefined, groupName: undefined }), evidencePath: "config.isDefault" },
  ],
  notApplicable: [
    { name: "custom group", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }) },
  ],
});
