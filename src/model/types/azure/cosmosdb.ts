import { defineResourceType } from '../registry.js';
import type { DiagnosticSetting, PublicNetworkAccess } from './common.js';

/** Microsoft.DocumentDB/databaseAccounts, api-version 2024-05-15 (`properties.*`). */
export interface CosmosDbAccountConfig {
  /** `keyVaultKeyUri`; null = service-managed keys. */
  readonly keyVaultKeyUri: string | null | undefined;
  /** `publicNetworkAccess`; null = not set (Enabled). */
  readonly publicNetworkAccess: PublicNetworkAccess | null | undefined;
  /** `isVirtualNetworkFilterEnabled`. */
  readonly isVirtualNetworkFilterEnabled: boolean | undefined;
  /** `ipRules[].ipAddressOrRange`; [] with the VNet filter off = reachable from all networks. */
  readonly ipRules: readonly string[] | undefined;
  /** `minimalTlsVersion`: `Tls`, `Tls11`, `Tls12`; null = not returned (the service default applies). */
  readonly minimalTlsVersion: 'Tls' | 'Tls11' | 'Tls12' | null | undefined;
  /** `backupPolicy.type` `Continuous` or `Periodic`, with `periodicModeProperties.backupStorageRedundancy` (`Geo`, `Local`, `Zone`; null for Continuous). */
  readonly backupPolicy: { readonly type: 'Periodic' | 'Continuous'; readonly backupStorageRedundancy: 'Geo' | 'Local' | 'Zone' | null } | undefined;
  /** `disableLocalAuth` (keys off, Entra ID only); null = not set (false). */
  readonly disableLocalAuth: boolean | null | undefined;
  /** `Microsoft.Insights/diagnosticSettings` on the account; [] = none. */
  readonly diagnosticSettings: readonly DiagnosticSetting[] | undefined;
}

export const COSMOSDB_ACCOUNT = defineResourceType({
  type: 'azure.cosmosdb.account',
  provider: 'azure',
  title: 'Cosmos DB account',
  native: { arm: 'Microsoft.DocumentDB/databaseAccounts', terraform: ['azurerm_cosmosdb_account'] },
  network: (c) => ({
    publicAddress: c.publicNetworkAccess === undefined || c.isVirtualNetworkFilterEnabled === undefined || c.ipRules === undefined ? undefined : c.publicNetworkAccess !== 'Disabled' && !c.isVirtualNetworkFilterEnabled && c.ipRules.length === 0,
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.cosmosdb.account': CosmosDbAccountConfig;
  }
}
