import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { daysSince, numberOption } from '../../../src/model/aws/time.js';

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
    rationale: 'The NPRM would set deadlines for patching (critical within 15 calendar days, high within 30). Systems Manager patch compliance reports per instance how many critical and high-severity patches its patch baseline approves but are missing, as of the last patch scan. A missing critical or high patch fails. Release dates are not in that data, so the windows are judged through the scan\'s age: a scan older than the critical window (15 days by default) cannot show that critical patches released since were applied in time, so a clean but older scan is not assessed rather than passed (and the same for the high window). Instances not managed by Systems Manager have no patch data: not assessed, see aws-ssm-instance-managed.',
    remediation: {
      summary: 'Install the missing patches (Patch Manager patch policy or maintenance window running AWS-RunPatchBaseline with Install).',
      console: 'Systems Manager > Patch Manager > Patch now > Install; or create a patch policy for the organization.',
      cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=INSTANCE --parameters Operation=Install',
      terraform: 'resource "aws_ssm_association" "patch" { name = "AWS-RunPatchBaseline"\n schedule_expression = "cron(0 3 ? * SUN *)"\n parameters = { Operation = "Install" }\n targets { key = "tag:patch-group"\n values = ["ephi"] } }',
    },
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-compliance-states.html'],
    defaultOptions: { criticalWindowDays: 15, highWindowDays: 30 },
  },
  evaluate(instance, ctx) {
    const c = instance.config;
    if (c.state !== undefined && c.state !== 'running') return notApplicable(`instance is ${c.state}`);
    const path = 'config.patchCompliance';
    const p = c.patchCompliance;
    if (p === undefined) return notAssessed('patch compliance could not be read', [path, p]);
    if (p === null) return notAssessed('instance is not managed by Systems Manager, so no patch data exists', [path, null]);
    const criticalWindow = numberOption(ctx.options, 'criticalWindowDays', 15);
    const highWindow = numberOption(ctx.options, 'highWindowDays', 30);
    const age = p.lastScan === null ? undefined : daysSince(p.lastScan, ctx.now);
    const scanned = ['config.patchCompliance.lastScan', p.lastScan] as const;
    const when = age === undefined ? 'at the last scan' : `at the scan ${age} day(s) ago`;
    if (p.criticalNonCompliant > 0 || p.highNonCompliant > 0) return fail(`${p.criticalNonCompliant} critical and ${p.highNonCompliant} high-severity patch(es) missing ${when} (by the instance's patch baseline)`, [`${path}.criticalNonCompliant`, p.criticalNonCompliant], [`${path}.highNonCompliant`, p.highNonCompliant], scanned);
    if (age === undefined) return notAssessed('no patch scan time is recorded, so the 15/30-day windows cannot be judged', scanned);
    if (age > criticalWindow) return notAssessed(`the last patch scan is ${age} days old, older than the ${criticalWindow}-day window for critical patches${age > highWindow ? ` (and the ${highWindow}-day window for high ones)` : ''}: it cannot show that patches released since were applied in time`, scanned, [`${path}.status`, p.status]);
    return pass(`no critical or high patches missing at the scan ${age} day(s) ago (status ${p.status})`, [`${path}.status`, p.status], scanned);
  },
});
