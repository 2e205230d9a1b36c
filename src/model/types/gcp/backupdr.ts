import { defineResourceType } from '../registry.js';

/** A Backup and DR backup vault (CAI `backupdr.googleapis.com/BackupVault`). */
export interface BackupdrVaultConfig {
  /** `backupMinimumEnforcedRetentionDuration` in seconds; null = not set. */
  readonly minimumEnforcedRetentionSeconds: number | null | undefined;
  /** When the minimum enforced retention becomes locked (can no longer be reduced); null = not set. */
  readonly effectiveTime: string | null | undefined;
  readonly state: string | undefined;
  /** `WITHIN_PROJECT`, `WITHIN_ORGANIZATION`, `UNRESTRICTED`... */
  readonly accessRestriction: string | null | undefined;
}

/** One backup rule's schedule (`backupRules[].standardSchedule`). */
export interface BackupdrRuleSchedule {
  readonly ruleId: string | undefined;
  /** `HOURLY`, `DAILY`, `WEEKLY`, `MONTHLY`, `YEARLY`. */
  readonly recurrenceType: string | undefined;
  readonly hourlyFrequency: number | undefined;
  /** `MONDAY`...`SUNDAY` (weekly rules); [] = none given. */
  readonly daysOfWeek: readonly string[];
  readonly backupRetentionDays: number | undefined;
}

/** A Backup and DR backup plan (CAI `backupdr.googleapis.com/BackupPlan`). */
export interface BackupdrBackupPlanConfig {
  readonly rules: readonly BackupdrRuleSchedule[] | undefined;
  /** The vault it writes to: `projects/P/locations/L/backupVaults/V`. */
  readonly backupVault: string | undefined;
  /** The workload type it protects (`compute.googleapis.com/Instance`...). */
  readonly resourceType: string | undefined;
  readonly state: string | undefined;
}

/** A workload protected by a backup plan (CAI `backupdr.googleapis.com/BackupPlanAssociation`). */
export interface BackupdrPlanAssociationConfig {
  /** The protected workload as the API gives it (a relative name or a URL). */
  readonly resource: string | undefined;
  readonly resourceType: string | undefined;
  readonly backupPlan: string | undefined;
  /** The data source inside the vault: `projects/P/locations/L/backupVaults/V/dataSources/D`; null = not created yet. */
  readonly dataSource: string | null | undefined;
  readonly state: string | undefined;
}

export const BACKUPDR_BACKUP_PLAN = defineResourceType({
  type: 'gcp.backupdr.backup-plan',
  provider: 'gcp',
  title: 'Backup and DR backup plan',
  native: { cai: 'backupdr.googleapis.com/BackupPlan', terraform: ['google_backup_dr_backup_plan'] },
});

export const BACKUPDR_PLAN_ASSOCIATION = defineResourceType({
  type: 'gcp.backupdr.plan-association',
  provider: 'gcp',
  title: 'Backup and DR backup plan association',
  native: { cai: 'backupdr.googleapis.com/BackupPlanAssociation', terraform: ['google_backup_dr_backup_plan_association'] },
});

export const BACKUPDR_VAULT = defineResourceType({
  type: 'gcp.backupdr.vault',
  provider: 'gcp',
  title: 'Backup and DR backup vault',
  native: { cai: 'backupdr.googleapis.com/BackupVault', terraform: ['google_backup_dr_backup_vault'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.backupdr.vault': BackupdrVaultConfig;
    'gcp.backupdr.backup-plan': BackupdrBackupPlanConfig;
    'gcp.backupdr.plan-association': BackupdrPlanAssociationConfig;
  }
}
