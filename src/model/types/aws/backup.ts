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
  /** ARNs of the vault's recovery points that are not encrypted (`ListRecoveryPointsByBackupVault` IsEncrypted false); undefined = not read. */
  readonly unencryptedRecoveryPoints: readonly string[] | undefined;
}

export interface BackupPlanRule {
  readonly name: string;
  readonly targetVaultName: string;
  /** `ScheduleExpression` (`cron(...)` in the rule's time zone); AWS Backup's default `cron(0 5 ? * * *)` when none is given; undefined = unknown until apply. */
  readonly scheduleExpression: string | undefined;
  /** `EnableContinuousBackup`: point-in-time recovery for the types that support it (RDS, Aurora, S3, SAP HANA). */
  readonly continuous: boolean | undefined;
  /** `Lifecycle.DeleteAfterDays`; null = never deleted. */
  readonly deleteAfterDays: number | null;
  readonly copyTo: readonly { readonly destinationVaultArn: string; readonly deleteAfterDays: number | null }[];
}

/** A tag condition; `key` is the tag key (the `aws:ResourceTag/` prefix removed). */
export interface BackupTagCondition {
  readonly key: string;
  readonly value: string;
}

/**
 * One backup selection (`GetBackupSelection` BackupSelection). AWS Backup picks a resource when
 * (it matches a `resources` ARN pattern OR one `listOfTags` condition) AND every `conditions`
 * entry holds AND it matches no `notResources` pattern.
 */
export interface BackupSelection {
  /** ARNs or ARN patterns (`*` wildcards); `*` alone = every resource. */
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  /** `ListOfTags` (StringEquals only), each one enough on its own. */
  readonly listOfTags: readonly BackupTagCondition[];
  /** `Conditions`: every entry of every operator must hold. */
  readonly conditions: {
    readonly stringEquals: readonly BackupTagCondition[];
    readonly stringLike: readonly BackupTagCondition[];
    readonly stringNotEquals: readonly BackupTagCondition[];
    readonly stringNotLike: readonly BackupTagCondition[];
  };
}

export interface BackupPlanConfig {
  readonly rules: readonly BackupPlanRule[] | undefined;
  readonly selections: readonly BackupSelection[] | undefined;
}

/**
 * AWS Backup in one account and region: the service opt-in (`DescribeRegionSettings`
 * `ResourceTypeOptInPreference`, by AWS Backup resource type name: `RDS`, `Aurora`, `EBS`,
 * `EFS`, `DynamoDB`, `S3`...) and the plans `ListBackupPlans` returned, so a check can tell
 * "no plan" from "plans not read". Id `arn:aws:backup:<region>:<account>:region-settings`.
 */
export interface BackupRegionConfig {
  /** undefined = DescribeRegionSettings failed (or not in the input). */
  readonly resourceTypeOptIn: Readonly<Record<string, boolean>> | undefined;
  /** ARNs of the region's backup plans; undefined = ListBackupPlans failed. */
  readonly planArns: readonly string[] | undefined;
  /** Restore testing plans (`ListRestoreTestingPlans`, `ListRestoreTestingSelections`); undefined = not read. */
  readonly restoreTestingPlans: readonly BackupRestoreTestingPlan[] | undefined;
}

/** A restore testing plan: its schedule and the resource types its selections restore. */
export interface BackupRestoreTestingPlan {
  readonly arn: string;
  readonly name: string;
  /** `cron(...)` or `rate(...)`; undefined = unknown until apply. */
  readonly scheduleExpression: string | undefined;
  /** `ProtectedResourceType` of each selection (`EBS`, `RDS`, `S3`...); undefined = selections not read. */
  readonly protectedResourceTypes: readonly string[] | undefined;
}

export const BACKUP_VAULT = defineResourceType({ type: 'aws.backup.vault', provider: 'aws', title: 'AWS Backup vault', native: { awsConfig: 'AWS::Backup::BackupVault', terraform: ['aws_backup_vault', 'aws_backup_logically_air_gapped_vault', 'aws_backup_vault_lock_configuration', 'aws_backup_vault_policy'] } });
export const BACKUP_REGION = defineResourceType({ type: 'aws.backup.region', provider: 'aws', title: 'AWS Backup region settings (service opt-in, plans)', native: { terraform: ['aws_backup_region_settings'] } });
export const BACKUP_PLAN = defineResourceType({ type: 'aws.backup.plan', provider: 'aws', title: 'AWS Backup plan', native: { awsConfig: 'AWS::Backup::BackupPlan', terraform: ['aws_backup_plan', 'aws_backup_selection'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.backup.vault': BackupVaultConfig;
    'aws.backup.plan': BackupPlanConfig;
    'aws.backup.region': BackupRegionConfig;
  }
}
