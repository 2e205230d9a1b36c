import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { backupResourceType } from '../../../src/model/aws/backup.js';
import { formatHours, maxIntervalHours } from '../../../src/model/aws/schedule.js';
import { numberOption } from '../../../src/model/aws/time.js';
import { BACKUP_PROTECTED_TYPES, ephiCandidates, unreadTypes } from './_ephi-scope.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-restore-testing-plan',
    title: 'AWS Backup restore testing restores every ePHI resource type at least monthly',
    severity: 'medium',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.region'],
    requirements: ['restore-testing'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(D)'],
    rationale: 'The NPRM would require restoring a representative sample of backed-up ePHI and documenting the results at least monthly (proposed 164.312(i)(2)(iv)). AWS Backup restore testing plans restore recovery points on a schedule, validate and record each job. Per account and region that holds ePHI, the check takes the AWS Backup resource types of the resources tagged as holding ePHI (RDS, Aurora, EBS, EFS, DynamoDB, S3) and passes when each is restored by a restore testing plan whose schedule leaves at most 31 days between runs. It shows the tests are scheduled, not that their results are reviewed and documented: that part needs an attestation. Restore tests run outside AWS Backup are not seen. Regions without ePHI resources are not applicable.',
    remediation: {
      summary: 'Create a restore testing plan that runs at least monthly, with a selection for each resource type that holds ePHI.',
      console: 'AWS Backup > Restore testing > Create restore testing plan > Frequency: Monthly (or more often) > Assign resources: one selection per protected resource type.',
      cli: 'aws backup create-restore-testing-plan --restore-testing-plan file://plan.json && aws backup create-restore-testing-selection --restore-testing-plan-name PLAN --restore-testing-selection file://selection.json',
      terraform: 'resource "aws_backup_restore_testing_plan" "monthly" { name = "monthly"\n schedule_expression = "cron(0 3 1 * ? *)"\n recovery_point_selection { algorithm = "LATEST_WITHIN_WINDOW"\n include_vaults = ["*"]\n recovery_point_types = ["SNAPSHOT"] } }\nresource "aws_backup_restore_testing_selection" "rds" { restore_testing_plan_name = aws_backup_restore_testing_plan.monthly.name\n name = "rds"\n protected_resource_type = "RDS"\n iam_role_arn = aws_iam_role.restore.arn\n protected_resource_arns = ["*"] }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/restore-testing.html'],
    defaultOptions: { maxDays: 31 },
  },
  lookups: { types: BACKUP_PROTECTED_TYPES },
  evaluate(region, ctx) {
    const resources = ephiCandidates(region, ctx);
    const needed = new Map<string, string[]>();
    // Resources that may hold ePHI (tags unreadable) or whose type is unknown can only make the verdict unknown.
    const untyped: string[] = [];
    const maybe = new Map<string, string[]>();
    for (const r of resources) {
      const t = backupResourceType(r);
      const into = ctx.isEphi(r) ? needed : maybe;
      if (t === undefined) untyped.push(r.id);
      else into.set(t, [...(into.get(t) ?? []), r.id]);
    }
    const hidden = unreadTypes(region, ctx);
    if (resources.length === 0) {
      if (hidden.length > 0) return notAssessed(`no collected ePHI resource here, but ${hidden.join(', ')} could not be read`, ['gaps', hidden]);
      return notApplicable('no resource tagged as holding ePHI in this account and region');
    }
    const path = 'config.restoreTestingPlans';
    const plans = region.config.restoreTestingPlans;
    if (plans === undefined) return notAssessed('the region\'s restore testing plans could not be read', [path, plans]);
    const maxDays = numberOption(ctx.options, 'maxDays', 31);
    const judged = plans.map((p) => ({ plan: p.name, schedule: p.scheduleExpression, types: p.protectedResourceTypes, hours: p.scheduleExpression === undefined ? undefined : maxIntervalHours(p.scheduleExpression, ctx.now) }));
    const monthly = judged.filter((p) => p.hours !== undefined && p.hours <= maxDays * 24);
    const covered = new Set(monthly.flatMap((p) => p.types ?? []));
    const missing = [...needed.keys()].filter((t) => !covered.has(t)).sort();
    const maybeMissing = [...maybe.keys()].filter((t) => !covered.has(t) && !needed.has(t)).sort();
    const ev = [path, judged.map((p) => ({ plan: p.plan, schedule: p.schedule ?? null, protectedResourceTypes: p.types ?? null, maxIntervalHours: p.hours === undefined ? null : Number.isFinite(p.hours) ? p.hours : 'never' }))] as const;
    const needEv = ['ephiResourceTypes', [...needed.keys()].sort()] as const;
    const unknown = judged.filter((p) => p.hours === undefined || (p.types === undefined && p.hours <= maxDays * 24)).map((p) => p.plan);
    if (missing.length === 0 && untyped.length === 0 && maybeMissing.length === 0) return pass(`restore tests at least every ${maxDays} days cover ${[...needed.keys()].sort().join(', ')}`, ev, needEv);
    if (missing.length === 0 || unknown.length > 0 || untyped.length > 0 || hidden.length > 0) {
      const why = [...unknown.map((p) => `plan ${p} could not be fully read`), ...untyped.map((id) => `${id} has an unknown engine`), ...hidden.map((t) => `${t} could not be read`), ...maybeMissing.map((t) => `${maybe.get(t)?.join(', ') ?? t} (${t}, not restore-tested) may hold ePHI: tags unreadable`)];
      return notAssessed(`${missing.length > 0 ? `no monthly restore test is known to cover ${missing.join(', ')}` : 'every known ePHI type is restore-tested, but not all resources are known'}; ${why.join(', ')}`, ev, needEv);
    }
    const slow = judged.filter((p) => p.hours !== undefined && p.hours > maxDays * 24 && (p.types ?? []).some((t) => missing.includes(t)));
    return fail(`no restore testing plan running at least every ${maxDays} days restores ${missing.join(', ')} (${missing.map((t) => needed.get(t)?.length ?? 0).reduce((a, b) => a + b, 0)} ePHI resources)${slow.length > 0 ? `; ${slow.map((p) => `${p.plan} runs only every ${formatHours(p.hours ?? 0)}`).join(', ')}` : ''}`, ev, needEv);
  },
});
