import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { BackupdrRuleSchedule } from '../../../src/model/types/gcp/index.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** The longest time between two backups of a rule, in hours; undefined = the schedule is not known. */
export function maxGapHours(rule: BackupdrRuleSchedule): number | undefined {
  switch (rule.recurrenceType) {
    // Hourly rules run every hourlyFrequency hours inside a daily window: never more than a day apart.
    case 'HOURLY': return rule.hourlyFrequency === undefined ? 24 : Math.min(24, rule.hourlyFrequency);
    case 'DAILY': return 24;
    case 'WEEKLY': {
      const days = [...new Set(rule.daysOfWeek.map((d) => DAYS.indexOf(d)).filter((i) => i >= 0))].sort((a, b) => a - b);
      if (days.length === 0) return undefined;
      const gaps = days.map((d, i) => ((days[(i + 1) % days.length] ?? d) - d + 7) % 7 || 7);
      return Math.max(...gaps) * 24;
    }
    case 'MONTHLY': return 31 * 24;
    case 'YEARLY': return 366 * 24;
    case undefined:
    default: return undefined;
  }
}

export default defineCheck({
  meta: {
    id: 'gcp-backupdr-plan-frequency-48h',
    title: 'Backup and DR backup plan takes a backup at least every 48 hours',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'backupdr',
    resourceTypes: ['gcp.backupdr.backup-plan'],
    requirements: ['data-backup-48h', 'backup-procedures'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'The NPRM would require retrievable copies of ePHI no more than 48 hours older than the live data (proposed 164.312(i)(2)(i)). A backup plan meets it when one of its rules runs at least that often: hourly and daily rules do, weekly rules only when no two chosen days are more than two days apart, monthly and yearly rules never.',
    remediation: {
      summary: 'Add a daily (or hourly) backup rule to the plan.',
      console: 'Backup and DR > Backup plans > plan > Edit > Add backup rule > Recurrence: Daily.',
      cli: 'gcloud backup-dr backup-plans update PLAN --location=LOCATION --add-backup-rule=rule-id=daily,recurrence=DAILY,backup-window-start=2,backup-window-end=6,retention-days=35',
      terraform: 'resource "google_backup_dr_backup_plan" "x" {\n  backup_rules {\n    rule_id               = "daily"\n    backup_retention_days = 35\n    standard_schedule {\n      recurrence_type = "DAILY"\n      time_zone       = "UTC"\n      backup_window { start_hour_of_day = 2\n        end_hour_of_day = 6 }\n    }\n  }\n}',
    },
    references: ['https://cloud.google.com/backup-disaster-recovery/docs/cloud-console/backup-plan/create-backup-plan', 'https://cloud.google.com/backup-disaster-recovery/docs/reference/rest/v1/projects.locations.backupPlans'],
  },
  evaluate(plan) {
    const rules = plan.config.rules;
    const path = 'config.rules';
    if (rules === undefined) return notAssessed('the plan\'s backup rules could not be read', [path, rules]);
    const gaps = rules.map((r) => ({ rule: r.ruleId ?? '?', recurrence: r.recurrenceType, maxGapHours: maxGapHours(r) }));
    const best = gaps.filter((g) => g.maxGapHours !== undefined).sort((a, b) => (a.maxGapHours ?? 0) - (b.maxGapHours ?? 0))[0];
    if (best?.maxGapHours !== undefined && best.maxGapHours <= 48) return pass(`rule ${best.rule} (${best.recurrence ?? '?'}) backs up at most ${best.maxGapHours} hours apart`, [path, gaps]);
    if (gaps.some((g) => g.maxGapHours === undefined)) return notAssessed('a backup rule\'s schedule could not be read', [path, gaps]);
    return fail(rules.length === 0 ? 'the plan has no backup rules' : `the most frequent rule leaves up to ${best?.maxGapHours ?? '?'} hours between backups (over 48)`, [path, gaps]);
  },
});
