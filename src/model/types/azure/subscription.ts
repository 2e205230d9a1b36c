import { defineResourceType } from '../registry.js';
import type { DiagnosticSetting } from './common.js';

/** One `Microsoft.Security/pricings/{name}` entry (api-version 2024-01-01, `properties.*`). */
export interface DefenderPlan {
  /** Plan name: `VirtualMachines` (Servers), `StorageAccounts`, `SqlServers`, `SqlServerVirtualMachines`, `OpenSourceRelationalDatabases`, `CosmosDbs`, `KeyVaults`, `AppServices`, `Arm`, `Containers`, `CloudPosture`... */
  readonly name: string;
  /** `pricingTier`: `Free` (off) or `Standard` (on). */
  readonly pricingTier: 'Free' | 'Standard';
  /** `subPlan`, e.g. `P1`/`P2` (Servers), `DefenderForStorageV2`; null = none. */
  readonly subPlan: string | null;
  /** `extensions[]`: `name` (e.g. `OnUploadMalwareScanning`, `AgentlessVmScanning`) and `isEnabled` (ARM string `True`/`False`, as boolean). */
  readonly extensions: readonly { readonly name: string; readonly isEnabled: boolean }[];
}

/** A `Microsoft.Authorization/policyAssignments` entry (2023-04-01) that applies at the subscription (own or inherited, `$filter=atScope()`). */
export interface PolicyAssignment {
  readonly id: string;
  readonly name: string;
  /** `properties.displayName`; null = none. */
  readonly displayName: string | null;
  /** `properties.policyDefinitionId` (a policy or policy set/initiative definition id). */
  readonly policyDefinitionId: string;
  /** `properties.enforcementMode`: `Default` (enforced) or `DoNotEnforce` (audit only). */
  readonly enforcementMode: 'Default' | 'DoNotEnforce';
  /** `properties.scope`: the subscription or a management group above it. */
  readonly scope: string;
}

/** A subscription and the settings that live at subscription scope. Resource id `/subscriptions/{id}`. */
export interface SubscriptionConfig {
  /** `displayName` (GET /subscriptions/{id}, 2022-12-01). */
  readonly displayName: string | undefined;
  /** `state`: `Enabled`, `Warned`, `PastDue`, `Disabled`, `Deleted`. */
  readonly state: string | undefined;
  /** `tenantId`. */
  readonly tenantId: string | undefined;
  /** `Microsoft.Security/pricings` (2024-01-01) list at the subscription; undefined = not readable. */
  readonly defenderPlans: readonly DefenderPlan[] | undefined;
  /**
   * Activity log export: `Microsoft.Insights/diagnosticSettings` (2021-05-01-preview) at
   * `/subscriptions/{id}`; categories `Administrative`, `Security`, `Policy`, `ServiceHealth`,
   * `Alert`, `Recommendation`, `Autoscale`, `ResourceHealth`. [] = none.
   */
  readonly activityLogDiagnosticSettings: readonly DiagnosticSetting[] | undefined;
  /** Policy assignments in effect at the subscription; [] = none. */
  readonly policyAssignments: readonly PolicyAssignment[] | undefined;
}

export const RESOURCES_SUBSCRIPTION = defineResourceType({
  type: 'azure.resources.subscription',
  provider: 'azure',
  title: 'Subscription (Defender plans, activity log export, policy assignments)',
  native: { arm: 'Microsoft.Resources/subscriptions', terraform: ['azurerm_security_center_subscription_pricing', 'azurerm_monitor_diagnostic_setting', 'azurerm_subscription_policy_assignment'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.resources.subscription': SubscriptionConfig;
  }
}
