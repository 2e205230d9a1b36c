import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ssm-instance-managed',
    title: 'EC2 instance is managed by Systems Manager',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'ssm',
    resourceTypes: ['aws.ec2.instance'],
    requirements: ['asset-inventory', 'patch-install-controls', 'configuration-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'An instance without a running SSM agent has no software inventory, no patch compliance data and no Session Manager access: it is invisible to patching and inventory evidence. Default Host Management Configuration can manage instances without per-instance roles.',
    remediation: {
      summary: 'Install/start the SSM agent and give the instance SSM permissions (or turn on Default Host Management Configuration).',
      console: 'Systems Manager > Fleet Manager > Account management > Configure Default Host Management Configuration; or attach AmazonSSMManagedInstanceCore to the instance role.',
      cli: 'aws ssm update-service-setting --setting-id arn:aws:ssm:REGION:ACCOUNT:servicesetting/ssm/managed-instance/default-ec2-instance-management-role --setting-value service-role/AWSSystemsManagerDefaultEC2InstanceManagementRole',
      terraform: 'resource "aws_iam_role_policy_attachment" "ssm" { role = aws_iam_role.instance.name\n policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" }',
    },
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/fleet-manager-default-host-management-configuration.html'],
  },
  evaluate(instance) {
    const c = instance.config;
    if (c.state !== undefined && c.state !== 'running') return notApplicable(`instance is ${c.state}`);
    const path = 'config.ssmManaged';
    if (c.ssmManaged === undefined) return notAssessed('Systems Manager registration could not be read', [path, c.ssmManaged]);
    return c.ssmManaged ? pass('instance is a managed node', [path, true]) : fail('instance is not managed by Systems Manager', [path, false]);
  },
});
