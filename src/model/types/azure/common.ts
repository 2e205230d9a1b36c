/**
 * Shared Azure shapes. Convention: undefined = not known (the call failed or was not made),
 * null = known absent. Field names follow the ARM REST `properties.*` names so a live
 * adapter (and the Terraform adapter) can map them mechanically; enum values keep ARM casing.
 */

/**
 * One `Microsoft.Insights/diagnosticSettings` entry (api-version 2021-05-01-preview), read at
 * `{resourceId}/providers/Microsoft.Insights/diagnosticSettings` (resource logs) or at
 * `/subscriptions/{id}/providers/Microsoft.Insights/diagnosticSettings` (activity log).
 */
export interface DiagnosticSetting {
  readonly name: string;
  /** `properties.workspaceId` (Log Analytics); null = not sent there. */
  readonly workspaceId: string | null;
  /** `properties.storageAccountId`; null = not archived to storage. */
  readonly storageAccountId: string | null;
  /** `properties.eventHubAuthorizationRuleId`; null = not streamed. */
  readonly eventHubAuthorizationRuleId: string | null;
  /** `properties.marketplacePartnerId`; null = none. */
  readonly marketplacePartnerId: string | null;
  /** `properties.logs[]`: either `category` (e.g. `AuditEvent`, `Administrative`) or `categoryGroup` (`audit`, `allLogs`). */
  readonly logs: readonly DiagnosticLogSetting[];
}

export interface DiagnosticLogSetting {
  readonly category: string | null;
  readonly categoryGroup: string | null;
  readonly enabled: boolean;
}

/**
 * `properties.networkAcls` of Microsoft.Storage/storageAccounts and Microsoft.KeyVault/vaults
 * (same shape in both). `ipRules[].value` and `virtualNetworkRules[].id` flattened to strings.
 */
export interface NetworkRuleSet {
  readonly defaultAction: 'Allow' | 'Deny';
  /** `AzureServices`, `Logging, Metrics`, `None`... (comma-separated in Storage). */
  readonly bypass: string | null;
  readonly ipRules: readonly string[];
  readonly virtualNetworkRules: readonly string[];
}

/** `properties.publicNetworkAccess` as most resource providers spell it. */
export type PublicNetworkAccess = 'Enabled' | 'Disabled' | 'SecuredByPerimeter';

/**
 * Azure resource id of the VNet that holds a subnet (`.../virtualNetworks/v/subnets/s` →
 * `.../virtualNetworks/v`); undefined when the id has no `/subnets/` part (a Terraform address
 * of an `azurerm_subnet`, whose VNet the subnet resource itself names).
 */
export function vnetIdOfSubnet(subnetId: string): string | undefined {
  const i = subnetId.toLowerCase().indexOf('/subnets/');
  return i < 0 ? undefined : subnetId.slice(0, i);
}

/** The VNets of some subnets, first-seen order, without duplicates. */
export function vnetsOfSubnets(subnetIds: readonly string[] | undefined): string[] {
  return [...new Set((subnetIds ?? []).flatMap((s) => vnetIdOfSubnet(s) ?? []))];
}

/** Azure's "Internet"/"any" source spellings in NSG rules. */
export function isInternetSource(prefix: string): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '*' || p === 'internet' || p === 'any' || p === '0.0.0.0/0' || p === '0.0.0.0' || p === '::/0';
}
