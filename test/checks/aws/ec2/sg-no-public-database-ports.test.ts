import check from '../../../../checks/aws/ec2/sg-no-public-database-ports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "PostgreSQL from the app group", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: [], ipv6Ranges: [], sourceGroupIds: ['sg-app'], prefixListIds: [] }] }) },
    { name: "UDP 5432 is not TCP", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'udp', fromPort: 5432, toPort: 5432, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }) },
  ],
  fail: [
    { name: "MySQL from anywhere", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
    { name: "Redis from ::/0", resource: aws('aws.ec2.security-group', { ingress: [{ protocol: 'tcp', fromPort: 6379, toPort: 6379, ipv4Ranges: [], ipv6Ranges: ['::/0'], sourceGroupIds: [], prefixListIds: [] }] }), evidencePath: "config.ingress" },
  ],
  notAssessed: [
    { name: "rules unreadable", resource: aws('aws.ec2.security-group', { ingress: undefined }), evidencePath: "config.ingress" },
  ],
});
