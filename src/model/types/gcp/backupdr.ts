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

export const BACKUPDR_VAULT = defineResourceType({
  type: 'gcp.backupdr.vault',
  provider: 'gcp',
  title: 'Backup and DR backup vault',
  native: { cai: 'backupdr.googleapis.com/BackupVault', terraform: ['google_backup_dr_backup_vault'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.backupdr.vault': BackupdrVaultConfig;
  }
}
