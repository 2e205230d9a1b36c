import { defineResourceType } from '../registry.js';
import type { PublicNetworkAccess } from './common.js';

/**
 * Microsoft.RecoveryServices/vaults, api-version 2024-04-01 (`properties.*`). Older vaults may
 * return the same settings only from `vaults/backupconfig/vaultconfig` (`softDeleteFeatureState`)
 * and `vaults/backupstorageconfig/vaultstorageconfig` (`storageModelType`, `crossRegionRestoreFlag`):
 * the adapter fills these fields from either.
 */
export interface RecoveryServicesVaultConfig {
  /** `securitySettings.softDeleteSettings.softDeleteState`: `Enabled`, `AlwaysON` (irreversible), `Disabled`, `Invalid`. */
  readonly softDeleteState: 'Enabled' | 'AlwaysON' | 'Disabled' | 'Invalid' | undefined;
  /** `securitySettings.softDeleteSettings.softDeleteRetentionPeriodInDays`; null = not returned (14). */
  readonly softDeleteRetentionPeriodInDays: number | null | undefined;
  /** `securitySettings.immutabilitySettings.state`: `Disabled`, `Unlocked`, `Locked`; null = never set (Disabled). */
  readonly immutabilityState: 'Disabled' | 'Unlocked' | 'Locked' | null | undefined;
  /** `redundancySettings.standardTierStorageRedundancy`: `GeoRedundant`, `LocallyRedundant`, `ZoneRedundant`. */
  readonly standardTierStorageRedundancy: 'GeoRedundant' | 'LocallyRedundant' | 'ZoneRedundant' | 'Invalid' | undefined;
  /** `redundancySettings.crossRegionRestore`: `Enabled` or `Disabled`. */
  readonly crossRegionRestore: 'Enabled' | 'Disabled' | undefined;
  /** `publicNetworkAccess`. */
  readonly publicNetworkAccess: PublicNetworkAccess | undefined;
  /** `vaults/backupProtectedItems` `properties.sourceResourceId` of every protected item; [] = nothing protected. */
  readonly protectedItemSourceIds: readonly string[] | undefined;
  /** `vaults/backupPolicies` (2024-04-01); [] = none. */
  readonly backupPolicies: readonly RecoveryServicesBackupPolicy[] | undefined;
  /**
   * Multi-user authorization: `vaults/backupResourceGuardProxies` (2024-04-01)
   * `properties.resourceGuardResourceId` of each proxy; [] = no Resource Guard.
   */
  readonly resourceGuardIds: readonly string[] | undefined;
  /** Azure Site Recovery: `vaults/replicationProtectedItems` (2024-04-01); [] = nothing replicated. */
  readonly replicatedItems: readonly ReplicatedItem[] | undefined;
}

/**
 * One `Microsoft.RecoveryServices/vaults/backupPolicies` entry, its schedule and retention reduced
 * to what the checks compare (SimpleSchedulePolicy / V2, LongTermRetentionPolicy /
 * SimpleRetentionPolicy; for `AzureWorkload`, the most frequent and the shortest of its sub-policies).
 */
export interface RecoveryServicesBackupPolicy {
  readonly name: string;
  /** `backupManagementType`: `AzureIaasVM`, `AzureStorage`, `AzureWorkload`, `AzureSql`, `MAB`, `GenericProtectionPolicy`. */
  readonly backupManagementType: string;
  /** `protectedItemsCount`; null = not returned. */
  readonly protectedItemsCount: number | null;
  /** `schedulePolicy.scheduleRunFrequency` (`Hourly`, `Daily`, `Weekly`; `Minutes` for log backups); null = no schedule the API describes. */
  readonly scheduleRunFrequency: string | null;
  /** Longest time between two scheduled backups, in hours (Hourly: the interval; Daily: 24; Weekly: the longest gap between run days); null = not derivable. */
  readonly maxBackupIntervalHours: number | null;
  /** How long the most frequent recovery points are kept, in days (daily retention, else weekly x 7...); null = not derivable. */
  readonly retentionDays: number | null;
}

/** One `Microsoft.RecoveryServices/vaults/replicationProtectedItems` entry (`properties.*`). */
export interface ReplicatedItem {
  readonly id: string;
  /** `friendlyName`. */
  readonly friendlyName: string;
  /** `protectionState` (e.g. `Protected`, `UnprotectedStatesBegin`). */
  readonly protectionState: string | null;
  /** `lastSuccessfulTestFailoverTime` (ISO 8601); null = never. */
  readonly lastSuccessfulTestFailoverTime: string | null;
  /** `providerSpecificDetails.fabricObjectId` (A2A: the source VM id); null = not given. */
  readonly sourceResourceId: string | null;
}

/** Microsoft.DataProtection/backupVaults (Backup vault), api-version 2024-04-01 (`properties.*`). */
export interface BackupVaultConfig {
  /** `securitySettings.softDeleteSettings.state`: `Off`, `On`, `AlwaysOn` (irreversible). */
  readonly softDeleteState: 'Off' | 'On' | 'AlwaysOn' | undefined;
  /** `securitySettings.softDeleteSettings.retentionDurationInDays`; null = not returned. */
  readonly softDeleteRetentionDurationInDays: number | null | undefined;
  /** `securitySettings.immutabilitySettings.state`: `Disabled`, `Unlocked`, `Locked`; null = never set (Disabled). */
  readonly immutabilityState: 'Disabled' | 'Unlocked' | 'Locked' | null | undefined;
  /** `storageSettings[].type` (`GeoRedundant`, `LocallyRedundant`, `ZoneRedundant`) per `datastoreType`. */
  readonly storageSettings: readonly { readonly datastoreType: string; readonly type: 'GeoRedundant' | 'LocallyRedundant' | 'ZoneRedundant' }[] | undefined;
  /** `featureSettings.crossRegionRestoreSettings.state`: `Enabled` or `Disabled`; null = not set (Disabled). */
  readonly crossRegionRestoreState: 'Enabled' | 'Disabled' | null | undefined;
  /**
   * Multi-user authorization: `backupVaults/backupResourceGuardProxies` (2024-04-01)
   * `properties.resourceGuardResourceId` of each proxy; [] = no Resource Guard.
   */
  readonly resourceGuardIds: readonly string[] | undefined;
}

export const RECOVERYSERVICES_VAULT = defineResourceType({
  type: 'azure.recoveryservices.vault',
  provider: 'azure',
  title: 'Recovery Services vault',
  native: { arm: 'Microsoft.RecoveryServices/vaults', terraform: ['azurerm_recovery_services_vault', 'azurerm_backup_policy_vm', 'azurerm_recovery_services_vault_resource_guard_association'] },
});

export const DATAPROTECTION_BACKUP_VAULT = defineResourceType({
  type: 'azure.dataprotection.backup-vault',
  provider: 'azure',
  title: 'Backup vault',
  native: { arm: 'Microsoft.DataProtection/backupVaults', terraform: ['azurerm_data_protection_backup_vault'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.recoveryservices.vault': RecoveryServicesVaultConfig;
    'azure.dataprotection.backup-vault': BackupVaultConfig;
  }
}
