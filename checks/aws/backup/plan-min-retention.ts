import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';
import { BACKUP_PROTECTED_TYPES, planEphiScope } from './_ephi-scope.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-plan-min-retention',
    title: 'Backup plan that protects ePHI keeps recovery points at least 35 days',
    severity: 'medium',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.plan'],
    requirements: ['data-backup-48h', 'backup-procedures'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'A copy that expires before a compromise is noticed cannot restore the data: ransomware and silent corruption are often found weeks later. The NPRM sets no retention period, so the minimum is an option, by default 35 days, the default of AWS Config\'s backup-plan-min-frequency-and-min-retention-check (and the longest continuous-backup window AWS Backup offers). As that rule does, every rule of the plan must keep its recovery points at least that long (no expiry passes); copy actions keep their own lifecycle and are not judged here. Only plans that select a resource tagged as holding ePHI (or whose tags could not be read) are judged.',
    remediation: {
      summary: 'Raise each rule\'s lifecycle (delete after) to at least the minimum retention.',
      console: 'AWS Backup > Backup plans > plan > rule > Edit > Retention period: 35 days or more.',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN --backup-plan file://plan.json  # Lifecycle.DeleteAfterDays >= 35',
      terraform: 'rule { lifecycle { delete_after = 35 } }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/backup-plan-min-frequency-and-min-retention-check.html'],
    defaultOptions: { minRetentionDays: 35 },
  },
  lookups: { types: BACKUP_PROTECTED_TYPES },
  evaluate(plan, ctx) {
    const scope = planEphiScope(plan, ctx);
    if ('status' in scope) return scope;
    const path = 'config.rules';
    const rules = plan.config.rules;
    if (rules === undefined) return notAssessed('the plan\'s rules could not be read', [path, rules]);
    const min = numberOption(ctx.options, 'minRetentionDays', 35);
    const ev = [`${path}.deleteAfterDays`, rules.map((r) => ({ rule: r.name, deleteAfterDays: r.deleteAfterDays }))] as const;
    if (rules.length === 0) return fail('the plan has no rules, so it keeps nothing', ev);
    const short = rules.filter((r) => r.deleteAfterDays !== null && r.deleteAfterDays < min);
    if (short.length > 0) return fail(`${short.map((r) => `${r.name} keeps recovery points ${r.deleteAfterDays ?? 0} days`).join('; ')} (minimum ${min})`, ev);
    return pass(`every rule keeps recovery points at least ${min} days`, ev);
  },
});
