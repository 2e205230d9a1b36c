import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ANY_IPV4, ANY_IPV6, isAllProtocols } from '../../../src/model/aws/network.js';
import type { NetworkAclEntry } from '../../../src/model/types/aws/ec2.js';

/** First matching rule wins in a NACL: an allow-all entry only matters if no lower-numbered deny-all precedes it. */
function effectiveAllowAll(entries: readonly NetworkAclEntry[]): NetworkAclEntry[] {
  const hits: NetworkAclEntry[] = [];
  for (const family of ['v4', 'v6'] as const) {
    const any = (e: NetworkAclEntry) => (family === 'v4' ? e.cidrBlock === ANY_IPV4 : e.ipv6CidrBlock === ANY_IPV6);
    const ordered = entries.filter((e) => !e.egress && any(e) && isAllProtocols(e.protocol)).sort((a, b) => a.ruleNumber - b.ruleNumber);
    const first = ordered[0];
    if (first && first.action === 'allow' && first.ruleNumber < 32767) hits.push(first);
  }
  return hits;
}

export default defineCheck({
  meta: {
    id: 'aws-ec2-nacl-no-allow-all-ingress',
    title: 'Network ACL does not allow all inbound traffic from the internet',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.network-acl'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'Network ACLs are the subnet-level boundary. An ACL whose first matching inbound rule allows all protocols from 0.0.0.0/0 or ::/0 (the default ACL\'s rule 100) leaves segmentation to security groups alone. Rules are evaluated in number order; the final * rule is always deny.',
    remediation: {
      summary: 'Replace the allow-all inbound entry with entries for the ports and source ranges each subnet tier needs.',
      console: 'VPC > Network ACLs > ACL > Inbound rules > Edit > replace rule 100 "All traffic 0.0.0.0/0 Allow" with specific rules.',
      cli: 'aws ec2 replace-network-acl-entry --network-acl-id ACL --ingress --rule-number 100 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
      terraform: 'resource "aws_network_acl_rule" "https" { network_acl_id = aws_network_acl.x.id\n rule_number = 100\n egress = false\n protocol = "tcp"\n from_port = 443\n to_port = 443\n cidr_block = "0.0.0.0/0"\n rule_action = "allow" }',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  },
  evaluate(acl) {
    const path = 'config.entries';
    const entries = acl.config.entries;
    if (entries === undefined) return notAssessed('ACL entries could not be read', [path, entries]);
    const hits = effectiveAllowAll(entries);
    return hits.length > 0 ? fail(`inbound rule ${hits.map((h) => h.ruleNumber).join(', ')} allows all traffic from anywhere`, [path, hits]) : pass('no inbound allow-all rule from anywhere takes effect', [path, []]);
  },
});
