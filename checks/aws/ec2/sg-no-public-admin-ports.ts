import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ADMIN_PORTS, worldOpenPorts } from '../../../src/model/aws/network.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-sg-no-public-admin-ports',
    title: 'Security group does not open SSH or RDP to the internet',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'SSH (22) and RDP (3389) open to 0.0.0.0/0 or ::/0 expose administrative access to credential stuffing and exploits from anywhere. Administrative access should come through SSM Session Manager, a bastion or a VPN with narrow source ranges. Rules with protocol -1 or port ranges covering these ports count.',
    remediation: {
      summary: 'Remove the world-open ingress rules for 22/3389; use Systems Manager Session Manager or restrict the source to a VPN/bastion range.',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit > delete the 0.0.0.0/0 and ::/0 rules on 22/3389.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id SG --protocol tcp --port 22 --cidr 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh" { cidr_ipv4 = "10.0.0.0/8"  # never 0.0.0.0/0\n from_port = 22\n to_port = 22\n ip_protocol = "tcp" }',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html'],
  },
  evaluate(sg) {
    const path = 'config.ingress';
    const rules = sg.config.ingress;
    if (rules === undefined) return notAssessed('ingress rules could not be read', [path, rules]);
    const hits = worldOpenPorts(rules, ADMIN_PORTS);
    return hits.length > 0 ? fail(`administrative ports open to the internet: ${hits.join(', ')}`, [path, hits]) : pass('no administrative port is open to the internet', [path, []]);
  },
});
