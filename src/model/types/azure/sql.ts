import { defineResourceType } from '../registry.js';
import type { PublicNetworkAccess } from './common.js';

/** `Microsoft.Sql/servers/firewallRules` (2021-11-01) `properties`. */
export interface SqlFirewallRule {
  readonly name: string;
  readonly startIpAddress: string;
  readonly endIpAddress: string;
}

/** Microsoft.Sql/servers, api-version 2021-11-01 (`properties.*` unless noted). */
export interface SqlServerConfig {
  /** `minimalTlsVersion`: `1.0`, `1.1`, `1.2`, `1.3`, or `None`; null = not set (all versions accepted). */
  readonly minimalTlsVersion: string | null | undefined;
  /** `publicNetworkAccess`: `Enabled`, `Disabled`, `SecuredByPerimeter`. */
  readonly publicNetworkAccess: PublicNetworkAccess | undefined;
  /** `Microsoft.Sql/servers/firewallRules`; `0.0.0.0`-`0.0.0.0` is "Allow Azure services". */
  readonly firewallRules: readonly SqlFirewallRule[] | undefined;
  /**
   * `Microsoft.Sql/servers/encryptionProtector/current` `properties.serverKeyType`:
   * `ServiceManaged` or `AzureKeyVault` (customer-managed TDE protector).
   */
  readonly encryptionProtectorKeyType: 'ServiceManaged' | 'AzureKeyVault' | undefined;
  /** `Microsoft.Sql/servers/auditingSettings/default` `properties`. */
  readonly auditing: {
    readonly state: 'Enabled' | 'Disabled';
    /** `retentionDays` of the storage destination; 0 or null = unlimited. */
    readonly retentionDays: number | null;
    readonly isAzureMonitorTargetEnabled: boolean;
    /** `storageEndpoint` (blob endpoint of the storage destination); null = no storage destination. undefined = not known. */
    readonly storageEndpoint: string | null | undefined;
  } | undefined;
  /** `Microsoft.Sql/servers/securityAlertPolicies/Default` `properties.state` (Defender for SQL threat detection). */
  readonly securityAlertPolicyState: 'Enabled' | 'Disabled' | undefined;
  /**
   * Vulnerability assessment: `Microsoft.Sql/servers/sqlVulnerabilityAssessments/default`
   * `properties.state` (express configuration) is `Enabled`, or the classic
   * `Microsoft.Sql/servers/vulnerabilityAssessments/default` has `recurringScans.isEnabled`.
   */
  readonly vulnerabilityAssessmentEnabled: boolean | undefined;
  /** `administrators.azureADOnlyAuthentication` (Microsoft Entra-only authentication); null = not set. */
  readonly azureADOnlyAuthentication: boolean | null | undefined;
  /** `privateEndpointConnections[].id`. */
  readonly privateEndpointConnectionIds: readonly string[] | undefined;
}

/** Microsoft.Sql/servers/databases, api-version 2021-11-01. */
export interface SqlDatabaseConfig {
  /** Parent server id. */
  readonly serverId: string;
  /** `Microsoft.Sql/servers/databases/transparentDataEncryption/current` `properties.state`. */
  readonly transparentDataEncryptionState: 'Enabled' | 'Disabled' | undefined;
  /** `currentBackupStorageRedundancy` (or `requestedBackupStorageRedundancy`): `Geo`, `GeoZone`, `Local`, `Zone`. */
  readonly backupStorageRedundancy: 'Geo' | 'GeoZone' | 'Local' | 'Zone' | undefined;
  /** `Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies/default` `properties.retentionDays`. */
  readonly shortTermRetentionDays: number | undefined;
  /** `backupLongTermRetentionPolicies/default` `weeklyRetention`/`monthlyRetention`/`yearlyRetention` (ISO 8601, `PT0S` = off); null = no LTR. */
  readonly longTermRetention: { readonly weeklyRetention: string; readonly monthlyRetention: string; readonly yearlyRetention: string } | null | undefined;
  /** Top-level `sku.tier`: `Basic`, `Standard`, `Premium`, `GeneralPurpose`, `BusinessCritical`, `Hyperscale`, `System` (master). */
  readonly skuTier: string | undefined;
}

export const SQL_SERVER = defineResourceType({
  type: 'azure.sql.server',
  provider: 'azure',
  title: 'Azure SQL logical server',
  native: { arm: 'Microsoft.Sql/servers', terraform: ['azurerm_mssql_server', 'azurerm_mssql_firewall_rule', 'azurerm_mssql_server_extended_auditing_policy', 'azurerm_mssql_server_transparent_data_encryption'] },
  network: (c) => ({ publicAddress: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled' }),
});

export const SQL_DATABASE = defineResourceType({
  type: 'azure.sql.database',
  provider: 'azure',
  title: 'Azure SQL database',
  native: { arm: 'Microsoft.Sql/servers/databases', terraform: ['azurerm_mssql_database'] },
  network: (c) => ({ peers: [c.serverId] }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.sql.server': SqlServerConfig;
    'azure.sql.database': SqlDatabaseConfig;
  }
}
