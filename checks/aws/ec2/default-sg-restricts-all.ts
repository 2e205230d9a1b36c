import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-default-sg-restricts-all',
    title: 'Default security group allows no inbound or outbound traffic',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.security-group'],
    requirements: ['network-segmentation', 'disable-unused-ports'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'Resources launched without an explicit security group land in the VPC default group, whose default rules let every member talk to every other member and reach anywhere. Emptying it forces explicit, reviewed groups.',
    remediation: {
      summary: 'Remove all inbound and outbound rules from every VPC\'s default security group and move resources to purpose-built groups.',
      console: 'VPC > Security groups > default > Inbound rules / Outbound rules > Edit > delete all rules.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id SG --ip-permissions \'[{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"SG"}]}]\' && aws ec2 revoke-security-group-egress --group-id SG --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      terraform: 'resource "aws_default_security_group" "x" { vpc_id = aws_vpc.x.id }  # no ingress/egress blocks = no rules',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
  },
  evaluate(sg) {
    const c = sg.config;
    if (c.isDefault === undefined && c.groupName === undefined) return notAssessed('whether this is the default group could not be read', ['config.isDefault', c.isDefault]);
    if (!(c.isDefault ?? c.groupName === 'default')) return notApplicable('not a default security group');
    if (c.ingress === undefined || c.egress === undefined) return notAssessed('rules could not be read', ['config.ingress', c.ingress], ['config.egress', c.egress]);
    const n = c.ingress.length + c.egress.length;
    return n > 0 ? fail(`default security group has ${c.ingress.length} inbound and ${c.egress.length} outbound rule(s)`, ['config.ingress', c.ingress], ['config.egress', c.egress]) : pass('default security group has no rules', ['config.ingress', []]);
  },
});
