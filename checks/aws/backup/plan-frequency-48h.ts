import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { formatHours, maxIntervalHours } from '../../../src/model/aws/schedule.js';
import { numberOption } from '../../../src/model/aws/time.js';
import { allContinuousCapable, BACKUP_PROTECTED_TYPES, planEphiScope } from './_ephi-scope.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-plan-frequency-48h',
    title: 'Backup plan that protects ePHI runs at least every 48 hours',
    severity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.plan'],
    requirements: ['data-backup-48h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'The NPRM would require retrievable copies of ePHI no more than 48 hours older than the data (proposed 164.312(i)(2)(i)). Every rule of a plan backs up everything the plan selects, so a plan meets the window when its most frequent rule does: the longest time between two consecutive runs of the rule\'s schedule is computed over two years (cron expressions with ?, L, W and #, and rate expressions), so a weekday-only or monthly schedule fails even though it sometimes runs daily. A continuous-backup rule counts when every ePHI resource the plan selects supports continuous backup (RDS, Aurora, S3); others are backed up on its schedule. Only plans that select a resource tagged as holding ePHI (or whose tags could not be read) in their account and region are judged. Whether the jobs succeed is a separate question (backup-monitoring).',
    remediation: {
      summary: 'Give the plan a rule that runs at least daily (or enable continuous backup for RDS, Aurora and S3).',
      console: 'AWS Backup > Backup plans > plan > Add backup rule > Backup frequency: Daily (or Hourly / every 12 hours).',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN --backup-plan file://plan-with-daily-rule.json',
      terraform: 'rule { rule_name = "daily"\n target_vault_name = aws_backup_vault.x.name\n schedule = "cron(0 5 ? * * *)"\n lifecycle { delete_after = 35 } }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html', 'https://docs.aws.amazon.com/config/latest/developerguide/backup-plan-min-frequency-and-min-retention-check.html'],
    defaultOptions: { maxHours: 48 },
  },
  lookups: { types: BACKUP_PROTECTED_TYPES },
  evaluate(plan, ctx) {
    const scope = planEphiScope(plan, ctx);
    if ('status' in scope) return scope;
    const path = 'config.rules';
    const rules = plan.config.rules;
    if (rules === undefined) return notAssessed('the plan\'s rules could not be read', [path, rules]);
    const maxHours = numberOption(ctx.options, 'maxHours', 48);
    const continuousOk = allContinuousCapable(scope.selected);
    const intervals = rules.map((r) => ({
      rule: r.name, schedule: r.scheduleExpression,
      hours: r.continuous === true && continuousOk ? 0 : r.scheduleExpression === undefined ? undefined : maxIntervalHours(r.scheduleExpression, ctx.now),
    }));
    const known = intervals.filter((i): i is typeof i & { hours: number } => i.hours !== undefined).sort((a, b) => a.hours - b.hours);
    const best = known[0];
    const ev = [path, intervals.map((i) => ({ rule: i.rule, schedule: i.schedule, maxIntervalHours: i.hours === undefined ? null : Number.isFinite(i.hours) ? i.hours : 'never' }))] as const;
    if (best !== undefined && best.hours <= maxHours) return pass(best.hours === 0 ? `rule ${best.rule} backs up continuously` : `rule ${best.rule} runs at most ${formatHours(best.hours)} apart`, ev);
    if (known.length < intervals.length) return notAssessed(`no rule is known to run every ${maxHours} hours, and the schedule of ${intervals.filter((i) => i.hours === undefined).map((i) => i.rule).join(', ')} is unknown or not a valid AWS schedule`, ev);
    if (best === undefined) return fail('the plan has no rules, so it backs up nothing', ev);
    return fail(`the most frequent rule, ${best.rule}, leaves up to ${formatHours(best.hours)} between backups (more than ${maxHours} hours)`, ev);
  },
});
