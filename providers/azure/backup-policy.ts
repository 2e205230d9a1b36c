import type { RecoveryServicesBackupPolicy } from '../../src/model/types/azure/index.js';
import type { JsonObject } from './rest.js';
import { weeklyGapHours } from '../../src/model/azure/backup-schedule.js';
import { num, obj, objs, str, strings } from './values.js';

/**
 * A Recovery Services backup policy's schedule and retention (api-version 2024-04-01
 * `properties`), reduced to the two numbers the checks compare. Schedules:
 * `SimpleSchedulePolicy` (`scheduleRunFrequency`, `scheduleRunDays`, `hourlySchedule`),
 * `SimpleSchedulePolicyV2` (`hourlySchedule` / `dailySchedule` / `weeklySchedule`) and
 * `LogSchedulePolicy` (`scheduleFrequencyInMins`); retention: `LongTermRetentionPolicy`
 * (`dailySchedule` ... `yearlySchedule`, each `retentionDuration`) and `SimpleRetentionPolicy`.
 * `AzureWorkload` policies (SQL / SAP HANA in VMs) carry them in `subProtectionPolicy[]`.
 */

const UNIT_DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 30, years: 365 };


/** Hourly backups within a daily window: the interval, or the overnight gap outside the window when longer. */
function hourlyGap(hourly: JsonObject): number | null {
  const interval = num(hourly.interval);
  if (interval === null || interval <= 0) return null;
  const window = num(hourly.scheduleWindowDuration);
  return window !== null && window > 0 && window < 24 ? Math.max(interval, 24 - window + interval) : interval;
}

function scheduleGap(s: JsonObject): { frequency: string | null; hours: number | null } {
  const type = str(s.schedulePolicyType);
  if (type === 'LogSchedulePolicy') {
    const mins = num(s.scheduleFrequencyInMins);
    return { frequency: 'Minutes', hours: mins === null ? null : mins / 60 };
  }
  const frequency = str(s.scheduleRunFrequency);
  switch ((frequency ?? '').toLowerCase()) {
    case 'hourly': return { frequency, hours: hourlyGap(obj(s.hourlySchedule)) };
    case 'daily': return { frequency, hours: 24 };
    case 'weekly': return { frequency, hours: weeklyGapHours([...strings(s.scheduleRunDays), ...strings(obj(s.weeklySchedule).scheduleRunDays)]) };
    default: return { frequency, hours: null };
  }
}

const duration = (d: JsonObject): number | null => {
  const count = num(d.count);
  const unit = UNIT_DAYS[(str(d.durationType) ?? '').toLowerCase()];
  return count === null || unit === undefined ? null : count * unit;
};

/** Retention of the most frequently created recovery points, in days. */
function retentionDays(r: JsonObject): number | null {
  if (str(r.retentionPolicyType) === 'SimpleRetentionPolicy') return duration(obj(r.retentionDuration));
  for (const key of ['dailySchedule', 'weeklySchedule', 'monthlySchedule', 'yearlySchedule']) {
    if (r[key] !== undefined && r[key] !== null) return duration(obj(obj(r[key]).retentionDuration));
  }
  return null;
}

export function backupPolicySummary(p: JsonObject): Pick<RecoveryServicesBackupPolicy, 'scheduleRunFrequency' | 'maxBackupIntervalHours' | 'retentionDays'> {
  const subs = objs(p.subProtectionPolicy);
  if (subs.length > 0) {
    // The newest restorable copy comes from the most frequent stream (log backups); full backups are the restore points kept.
    const gaps = subs.map((x) => scheduleGap(obj(x.schedulePolicy)));
    const known = gaps.filter((g) => g.hours !== null).sort((a, b) => (a.hours as number) - (b.hours as number));
    const full = subs.find((x) => str(x.policyType) === 'Full');
    return { scheduleRunFrequency: known[0]?.frequency ?? null, maxBackupIntervalHours: known[0]?.hours ?? null, retentionDays: full ? retentionDays(obj(full.retentionPolicy)) : null };
  }
  const gap = scheduleGap(obj(p.schedulePolicy));
  return { scheduleRunFrequency: gap.frequency, maxBackupIntervalHours: gap.hours, retentionDays: retentionDays(obj(p.retentionPolicy)) };
}
