import { defineResourceType } from '../registry.js';
import { vnetIdOfSubnet } from './common.js';

/**
 * Azure Database for PostgreSQL / MySQL flexible server (same shape for both):
 * Microsoft.DBforPostgreSQL/flexibleServers (2022-12-01) and Microsoft.DBforMySQL/flexibleServers (2023-12-30).
 */
export interface FlexibleServerConfig {
  /** `version`, e.g. `16`, `8.0.21`. */
  readonly version: string | undefined;
  /** `dataEncryption.type`: `SystemManaged` or `AzureKeyVault` (customer-managed key). */
  readonly dataEncryptionType: 'SystemManaged' | 'AzureKeyVault' | undefined;
  /** `network.publicNetworkAccess`: `Enabled` or `Disabled` (private access / VNet injection). */
  readonly publicNetworkAccess: 'Enabled' | 'Disabled' | undefined;
  /** `network.delegatedSubnetResourceId`; null = not VNet-injected. */
  readonly delegatedSubnetResourceId: string | null | undefined;
  /** `.../flexibleServers/firewallRules` `properties.startIpAddress`/`endIpAddress`. */
  readonly firewallRules: readonly { readonly name: string; readonly startIpAddress: string; readonly endIpAddress: string }[] | undefined;
  /** `backup.geoRedundantBackup`: `Enabled` or `Disabled` (chosen at creation). */
  readonly geoRedundantBackup: 'Enabled' | 'Disabled' | undefined;
  /** `backup.backupRetentionDays` (7-35). */
  readonly backupRetentionDays: number | undefined;
  /**
   * Server parameters from `.../flexibleServers/configurations/{name}` `properties.value`, only the
   * ones checks use: `require_secure_transport` (`on`/`ON`), `ssl_min_protocol_version` (PostgreSQL,
   * `TLSv1.2`), `tls_version` (MySQL, `TLSv1.2,TLSv1.3`). A missing key = not read.
   */
  readonly parameters: Readonly<Record<string, string>> | undefined;
}

const flexNetwork = (c: FlexibleServerConfig) => {
  const subnet = c.delegatedSubnetResourceId;
  const vnet = subnet ? vnetIdOfSubnet(subnet) : undefined;
  return {
    ...(vnet ? { networkId: vnet } : {}),
    ...(subnet ? { subnetIds: [subnet] } : {}),
    publicAddress: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled',
  };
};

export const POSTGRESQL_FLEXIBLE_SERVER = defineResourceType({
  type: 'azure.postgresql.flexible-server',
  provider: 'azure',
  title: 'PostgreSQL flexible server',
  native: { arm: 'Microsoft.DBforPostgreSQL/flexibleServers', terraform: ['azurerm_postgresql_flexible_server', 'azurerm_postgresql_flexible_server_configuration'] },
  network: flexNetwork,
});

export const MYSQL_FLEXIBLE_SERVER = defineResourceType({
  type: 'azure.mysql.flexible-server',
  provider: 'azure',
  title: 'MySQL flexible server',
  native: { arm: 'Microsoft.DBforMySQL/flexibleServers', terraform: ['azurerm_mysql_flexible_server', 'azurerm_mysql_flexible_server_configuration'] },
  network: flexNetwork,
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.postgresql.flexible-server': FlexibleServerConfig;
    'azure.mysql.flexible-server': FlexibleServerConfig;
  }
}
