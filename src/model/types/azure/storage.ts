import { defineResourceType } from '../registry.js';
import type { DiagnosticSetting, NetworkRuleSet, PublicNetworkAccess } from './common.js';

/** Microsoft.Storage/storageAccounts, api-version 2023-05-01 (`properties.*` unless noted). */
export interface StorageAccountConfig {
  /** Top-level `kind`: `StorageV2`, `BlobStorage`, `FileStorage`, `BlockBlobStorage`, `Storage`. */
  readonly kind: string | undefined;
  /** Top-level `sku.name`, e.g. `Standard_GRS`, `Standard_LRS`, `Premium_ZRS`. */
  readonly skuName: string | undefined;
  /** `supportsHttpsTrafficOnly` (default true for accounts created since 2019 API versions). */
  readonly supportsHttpsTrafficOnly: boolean | undefined;
  /** `minimumTlsVersion`; null = not set on the account (older accounts: TLS 1.0 accepted). */
  readonly minimumTlsVersion: 'TLS1_0' | 'TLS1_1' | 'TLS1_2' | 'TLS1_3' | null | undefined;
  /** `allowBlobPublicAccess`; null = not set (older API default: allowed). */
  readonly allowBlobPublicAccess: boolean | null | undefined;
  /** `allowSharedKeyAccess`; null = not set (allowed). */
  readonly allowSharedKeyAccess: boolean | null | undefined;
  /** `publicNetworkAccess`; null = not set (then `networkAcls.defaultAction` decides). */
  readonly publicNetworkAccess: PublicNetworkAccess | null | undefined;
  /** `networkAcls`. */
  readonly networkAcls: NetworkRuleSet | undefined;
  /** `encryption`. */
  readonly encryption: StorageEncryption | undefined;
  /** `privateEndpointConnections[].id`; [] = none. */
  readonly privateEndpointConnectionIds: readonly string[] | undefined;
  /**
   * `Microsoft.Storage/storageAccounts/blobServices/default` (GET, 2023-05-01) properties;
   * null = the account has no blob service (FileStorage accounts).
   */
  readonly blobService: BlobServiceProperties | null | undefined;
  /**
   * `Microsoft.Insights/diagnosticSettings` on `{accountId}/blobServices/default` (resource logs
   * `StorageRead`/`StorageWrite`/`StorageDelete`); [] = none configured.
   */
  readonly blobDiagnosticSettings: readonly DiagnosticSetting[] | undefined;
}

export interface StorageEncryption {
  /** `encryption.keySource`: `Microsoft.Storage` (Microsoft-managed) or `Microsoft.Keyvault` (customer-managed). */
  readonly keySource: 'Microsoft.Storage' | 'Microsoft.Keyvault';
  /** `encryption.requireInfrastructureEncryption` (double encryption; creation-time only); null = not set (off). */
  readonly requireInfrastructureEncryption: boolean | null;
  /** `encryption.keyvaultproperties.keyvaulturi` + `keyname`; null = no customer-managed key. */
  readonly keyVaultProperties: { readonly keyVaultUri: string; readonly keyName: string; readonly keyVersion: string | null } | null;
}

/** `blobServices/default` `properties`. */
export interface BlobServiceProperties {
  /** `deleteRetentionPolicy` (blob soft delete). */
  readonly deleteRetentionPolicy: { readonly enabled: boolean; readonly days: number | null };
  /** `containerDeleteRetentionPolicy` (container soft delete); null = not returned (off). */
  readonly containerDeleteRetentionPolicy: { readonly enabled: boolean; readonly days: number | null } | null;
  /** `isVersioningEnabled`; null = not set (off). */
  readonly isVersioningEnabled: boolean | null;
}

export const STORAGE_ACCOUNT = defineResourceType({
  type: 'azure.storage.account',
  provider: 'azure',
  title: 'Storage account',
  native: { arm: 'Microsoft.Storage/storageAccounts', terraform: ['azurerm_storage_account'] },
  network: (c) => ({
    // Reachable from the internet unless public access is off or the firewall denies by default.
    publicAddress: c.publicNetworkAccess === undefined || c.networkAcls === undefined ? undefined : c.publicNetworkAccess !== 'Disabled' && c.networkAcls.defaultAction === 'Allow',
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.storage.account': StorageAccountConfig;
  }
}
