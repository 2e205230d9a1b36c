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
}

export const RECOVERYSERVICES_VAULT = defineResourceType({
  type: 'azure.recoveryservices.vault',
  provider: 'azure',
  title: 'Recovery Services vault',
  native: { arm: 'Microsoft.RecoveryServices/vaults', terraform: ['azurerm_recovery_services_vault'] },
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
