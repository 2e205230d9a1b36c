import check from '../../../../checks/aws/ec2/nacl-no-allow-all-ingress.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "specific allow, then implicit deny", resource: aws('aws.ec2.network-acl', { entries: [{ ruleNumber: 100, egress: false, action: 'allow', protocol: '6', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }, { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }] }) },
    { name: "deny-all precedes allow-all", resource: aws('aws.ec2.network-acl', { entries: [{ ruleNumber: 50, egress: false, action: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }, { ruleNumber: 100, egress: false, action: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }] }) },
    { name: "allow-all egress only", resource: aws('aws.ec2.network-acl', { entries: [{ ruleNumber: 100, egress: true, action: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }] }) },
  ],
  fail: [
    { name: "default ACL rule 100", resource: aws('aws.ec2.network-acl', { isDefault: true, entries: [{ ruleNumber: 100, egress: false, action: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }, { ruleNumber: 32767, egress: false, action: 'deny', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: null, toPort: null }] }), evidencePath: "config.entries" },
    { name: "IPv6 allow-all", resource: aws('aws.ec2.network-acl', { entries: [{ ruleNumber: 101, egress: false, action: 'allow', protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', fromPort: null, toPort: null }] }), evidencePath: "config.entries" },
  ],
  notAssessed: [
    { name: "entries unreadable", resource: aws('aws.ec2.network-acl', { entries: undefined }), evidencePath: "config.entries" },
  ],
});
