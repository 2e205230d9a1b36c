import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ssm-instance-patch-compliant',
    title: 'EC2 instance has no missing critical or high-severity patches',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'ssm',
    resourceTypes: ['aws.ec2.instance'],
    requirements: ['patch-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM proposes patching windows (critical risks within 15 calendar days, high within 30; proposed 164.308(a)(4)). Systems Manager patch compliance reports per instance how many critical and high-severity patches the baseline requires but are missing. Instances not managed by Systems Manager have no patch data: not assessed, see aws-ssm-instance-managed.',
    remediation: {
      summary: 'Install the missing patches (Patch Manager patch policy or maintenance window running AWS-RunPatchBaseline with Install).',
      console: 'Systems Manager > Patch Manager > Patch now > Install; or create a patch policy for the organization.',
      cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=INSTANCE --parameters Operation=Install',
      terraform: 'resource "aws_ssm_association" "patch" { name = "AWS-RunPatchBaseline"\n schedule_expression = "cron(0 3 ? * SUN *)"\n parameters = { Operation = "Install" }\n targets { key = "tag:patch-group"\n values = ["ephi"] } }',
    },
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-compliance-states.html'],
  },
  evaluate(instance) {
    const c = instance.config;
    if (c.state !== undefined && c.state !== 'running') return notApplicable(`instance is ${c.state}`);
    const path = 'config.patchCompliance';
    const p = c.patchCompliance;
    if (p === undefined) return notAssessed('patch compliance could not be read', [path, p]);
    if (p === null) return notAssessed('instance is not managed by Systems Manager, so no patch data exists', [path, null]);
    const missing = p.criticalNonCompliant + p.highNonCompliant;
    if (missing > 0) return fail(`${p.criticalNonCompliant} critical and ${p.highNonCompliant} high-severity patches missing`, [`${path}.criticalNonCompliant`, p.criticalNonCompliant], [`${path}.highNonCompliant`, p.highNonCompliant]);
    return pass(`no critical or high patches missing (status ${p.status})`, [`${path}.status`, p.status], [`${path}.lastScan`, p.lastScan]);
  },
});
