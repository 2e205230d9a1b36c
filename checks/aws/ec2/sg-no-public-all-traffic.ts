import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { coversAllTraffic, openToWorld } from '../../../src/model/aws/network.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-sg-no-public-all-traffic',
    title: 'Security group does not allow all traffic from the internet',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'An ingress rule with protocol -1 (or every TCP/UDP port) from 0.0.0.0/0 or ::/0 opens every listening service, including ones nobody meant to expose. The NPRM would require network ports to be disabled in accordance with the risk analysis (proposed 164.312(c)(2)(iv)).',
    remediation: {
      summary: 'Replace the all-traffic rule with rules for the specific ports the workload serves.',
      console: 'EC2 > Security Groups > group > Inbound rules > Edit > delete "All traffic" from 0.0.0.0/0 and ::/0; add the needed ports only.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id SG --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
      terraform: 'Do not use ip_protocol = "-1" with cidr_ipv4 = "0.0.0.0/0" in aws_vpc_security_group_ingress_rule.',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  },
  evaluate(sg) {
    const path = 'config.ingress';
    const rules = sg.config.ingress;
    if (rules === undefined) return notAssessed('ingress rules could not be read', [path, rules]);
    const open = rules.filter((r) => coversAllTraffic(r) && openToWorld(r).length > 0);
    return open.length > 0 ? fail('all traffic is allowed from the internet', [path, open]) : pass('no all-traffic rule from the internet', [path, []]);
  },
});
