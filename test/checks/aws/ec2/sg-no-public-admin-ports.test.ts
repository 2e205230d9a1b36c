import check from '../../../../checks/aws/ec2/sg-no-public-admin-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "SSH from a private range", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['10.0.0.0/8'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }) },
    { name: "HTTPS from anywhere", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }) },
  ],
  fail: [
    { name: "SSH from 0.0.0.0/0", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
    { name: "RDP from ::/0", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 3389, toPort: 3389, ipv4Ranges: [], ipv6Ranges: ['::/0'], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
    { name: "port range covering 22", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 1024, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
    { name: "all protocols", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: '-1', fromPort: null, toPort: null, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
  ],
  notAssessed: [
    { name: "rules unreadable", resource: aws('aws.ec2.security-group', { ingress: undefined }), evidencePath: "config.ingress" },
  ],
});
