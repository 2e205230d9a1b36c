import { defineResourceType } from '../registry.js';
import type { PolicyDocument } from './common.js';

export interface BackupVaultConfig {
  /** `BACKUP_VAULT` or `LOGICALLY_AIR_GAPPED_BACKUP_VAULT`. */
  readonly vaultType: string | undefined;
  readonly locked: boolean | undefined;
  /** COMPLIANCE once the lock's grace time has passed (LockDate in the past), else GOVERNANCE; null = no lock. */
  readonly lockMode: 'COMPLIANCE' | 'GOVERNANCE' | null | undefined;
  readonly minRetentionDays: number | null | undefined;
  readonly encryptionKeyArn: string | null | undefined;
  /** null = no vault access policy. */
  readonly accessPolicy: PolicyDocument | null | undefined;
  readonly recoveryPoints: number | undefined;
}

export interface BackupPlanRule {
  readonly name: string;
  readonly targetVaultName: string;
  readonly deleteAfterDays: number | null;
  readonly copyTo: readonly { readonly destinationVaultArn: string; readonly deleteAfterDays: number | null }[];
}

export interface BackupPlanConfig {
  readonly rules: readonly BackupPlanRule[] | undefined;
  /** Resource selections: explicit ARNs (may use wildcards) and tag conditions. */
  readonly selections: readonly { readonly resources: readonly string[]; readonly tagConditions: readonly { readonly key: string; readonly value: string }[] }[] | undefined;
}

export const BACKUP_VAULT = defineResourceType({ type: 'aws.backup.vault', provider: 'aws', title: 'AWS Backup vault', native: { awsConfig: 'AWS::Backup::BackupVault', terraform: ['aws_backup_vault', 'aws_backup_logically_air_gapped_vault', 'aws_backup_vault_lock_configuration', 'aws_backup_vault_policy'] } });
export const BACKUP_PLAN = defineResourceType({ type: 'aws.backup.plan', provider: 'aws', title: 'AWS Backup plan', native: { awsConfig: 'AWS::Backup::BackupPlan', terraform: ['aws_backup_plan', 'aws_backup_selection'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.backup.vault': BackupVaultConfig;
    'aws.backup.plan': BackupPlanConfig;
  }
}
