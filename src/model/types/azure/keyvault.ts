import { defineResourceType } from '../registry.js';
import type { DiagnosticSetting, NetworkRuleSet, PublicNetworkAccess } from './common.js';

/** Microsoft.KeyVault/vaults, api-version 2023-07-01 (`properties.*`). */
export interface KeyVaultConfig {
  /** `enableSoftDelete`; null = not returned (soft delete is on for every vault since 2020 and cannot be turned off). */
  readonly enableSoftDelete: boolean | null | undefined;
  /** `softDeleteRetentionInDays` (7-90); null = not returned (90). */
  readonly softDeleteRetentionInDays: number | null | undefined;
  /** `enablePurgeProtection`; null = not set (off; once on it cannot be turned off). */
  readonly enablePurgeProtection: boolean | null | undefined;
  /** `enableRbacAuthorization`; null = not set (access policies). */
  readonly enableRbacAuthorization: boolean | null | undefined;
  /** `publicNetworkAccess`; null = not set (Enabled). */
  readonly publicNetworkAccess: PublicNetworkAccess | null | undefined;
  /** `networkAcls`; null = none (all networks allowed). */
  readonly networkAcls: NetworkRuleSet | null | undefined;
  /** `privateEndpointConnections[].id`. */
  readonly privateEndpointConnectionIds: readonly string[] | undefined;
  /** `Microsoft.Insights/diagnosticSettings` on the vault (`AuditEvent` / `audit` / `allLogs`); [] = none. */
  readonly diagnosticSettings: readonly DiagnosticSetting[] | undefined;
}

/** A `Microsoft.KeyVault/vaults/keys` key, api-version 2023-07-01 (ARM view of the key, `properties.*`). */
export interface KeyVaultKeyConfig {
  /** Parent vault id. */
  readonly vaultId: string;
  /** `kty`: `RSA`, `RSA-HSM`, `EC`, `EC-HSM`, `oct-HSM`. */
  readonly kty: string | undefined;
  /** `attributes.enabled`. */
  readonly enabled: boolean | undefined;
  /** `attributes.exp` as ISO 8601; null = no expiry. */
  readonly expires: string | null | undefined;
  /**
   * `rotationPolicy`; null = no rotation policy. `lifetimeActions[]` flatten
   * `trigger.timeAfterCreate` / `trigger.timeBeforeExpiry` (ISO 8601 durations) and `action.type`
   * (`rotate` or `notify`, case as returned); `expiryTime` is `attributes.expiryTime`.
   */
  readonly rotationPolicy: KeyRotationPolicy | null | undefined;
}

/**
 * A `Microsoft.KeyVault/vaults/secrets` secret, api-version 2023-07-01: the ARM list returns
 * `properties.attributes` and never the value (the scanner does not read secret values).
 */
export interface KeyVaultSecretConfig {
  /** Parent vault id. */
  readonly vaultId: string;
  /** `attributes.enabled`. */
  readonly enabled: boolean | undefined;
  /** `attributes.exp` as ISO 8601; null = no expiry. */
  readonly expires: string | null | undefined;
}

export interface KeyRotationPolicy {
  readonly expiryTime: string | null;
  readonly lifetimeActions: readonly { readonly action: string; readonly timeAfterCreate: string | null; readonly timeBeforeExpiry: string | null }[];
}

export const KEYVAULT_VAULT = defineResourceType({
  type: 'azure.keyvault.vault',
  provider: 'azure',
  title: 'Key Vault',
  native: { arm: 'Microsoft.KeyVault/vaults', terraform: ['azurerm_key_vault'] },
  network: (c) => ({
    publicAddress: c.publicNetworkAccess === undefined || c.networkAcls === undefined ? undefined : c.publicNetworkAccess !== 'Disabled' && (c.networkAcls === null || c.networkAcls.defaultAction === 'Allow'),
  }),
});

export const KEYVAULT_KEY = defineResourceType({
  type: 'azure.keyvault.key',
  provider: 'azure',
  title: 'Key Vault key',
  native: { arm: 'Microsoft.KeyVault/vaults/keys', terraform: ['azurerm_key_vault_key'] },
});

export const KEYVAULT_SECRET = defineResourceType({
  type: 'azure.keyvault.secret',
  provider: 'azure',
  title: 'Key Vault secret',
  native: { arm: 'Microsoft.KeyVault/vaults/secrets', terraform: ['azurerm_key_vault_secret'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.keyvault.vault': KeyVaultConfig;
    'azure.keyvault.key': KeyVaultKeyConfig;
    'azure.keyvault.secret': KeyVaultSecretConfig;
  }
}
