import check from '../../../../checks/aws/ec2/sg-no-public-all-traffic.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "single port from anywhere", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }) },
    { name: "all traffic from own group", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: ['sg-1'], prefixListIds: [] }] }) },
  ],
  fail: [
    { name: "protocol -1 from anywhere", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
    { name: "all TCP ports from ::/0", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 65535, ipv4Ranges: [], ipv6Ranges: ['::/0'], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
  ],
  notAssessed: [
    { name: "rules unreadable", resource: aws('aws.ec2.security-group', { ingress: undefined }), evidencePath: "config.ingress" },
  ],
});
