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

/** A `Microsoft.Insights/activityLogAlerts` rule (2020-10-01) in the subscription. */
export interface ActivityLogAlert {
  readonly id: string;
  readonly name: string;
  /** `properties.enabled` (the API default is true). */
  readonly enabled: boolean;
  /** `properties.scopes`: subscription, resource group or resource ids. */
  readonly scopes: readonly string[];
  /** `properties.condition.allOf[]`: leaf conditions, or `anyOf` lists of leaf conditions. */
  readonly allOf: readonly AlertCondition[];
  /** `properties.actions.actionGroups[].actionGroupId`. */
  readonly actionGroupIds: readonly string[];
}

export interface AlertLeafCondition {
  readonly field: string | null;
  readonly equals: string | null;
  readonly containsAny: readonly string[];
}

export type AlertCondition = AlertLeafCondition & { readonly anyOf: readonly AlertLeafCondition[] };

/** A `Microsoft.Authorization/roleAssignments` entry (2022-04-01) in effect at the subscription (`$filter=atScope()`: at it or above). */
export interface RoleAssignment {
  readonly id: string;
  readonly principalId: string;
  /** `principalType`: `User`, `Group`, `ServicePrincipal`, `ForeignGroup`, `Device`; null = not returned. */
  readonly principalType: string | null;
  /** Full role definition id; its last segment is the role's GUID. */
  readonly roleDefinitionId: string;
  /** `/`, a management group, the subscription (assignments below it are not listed). */
  readonly scope: string;
}

/** A custom `Microsoft.Authorization/roleDefinitions` entry (2022-04-01, `type eq 'CustomRole'`). */
export interface CustomRoleDefinition {
  readonly id: string;
  readonly roleName: string;
  /** `permissions[].actions`, all permission blocks together. */
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly assignableScopes: readonly string[];
}

/** A `Microsoft.Authorization/roleAssignmentScheduleInstances` entry (2020-10-01, `$filter=atScope()`): an active assignment as PIM sees it. */
export interface RoleAssignmentScheduleInstance {
  readonly id: string;
  readonly principalId: string;
  readonly principalType: string | null;
  readonly roleDefinitionId: string;
  readonly scope: string;
  /** `assignmentType`: `Assigned` (standing) or `Activated` (a PIM eligibility activated for a while). */
  readonly assignmentType: string | null;
  /** `memberType`: `Direct`, `Group` (through a group), `Inherited`. */
  readonly memberType: string | null;
  /** `endDateTime`; null = permanent. */
  readonly endDateTime: string | null;
}

/** A `Microsoft.Security/settings` entry (2022-05-01): `name` (`WDATP`, `MCAS`, `Sentinel`...) and `properties.enabled`. */
export interface SecuritySetting {
  readonly name: string;
  readonly enabled: boolean | null;
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
  /** `Microsoft.Insights/activityLogAlerts` in the subscription (any resource group); [] = none. */
  readonly activityLogAlerts: readonly ActivityLogAlert[] | undefined;
  /** Role assignments at the subscription or above; [] = none. */
  readonly roleAssignments: readonly RoleAssignment[] | undefined;
  /** Custom roles defined at the subscription or assignable to it; [] = none. */
  readonly customRoleDefinitions: readonly CustomRoleDefinition[] | undefined;
  /** Active role assignments with their PIM schedule (undefined when PIM is not readable, e.g. without an Entra ID P2 licence). */
  readonly roleAssignmentScheduleInstances: readonly RoleAssignmentScheduleInstance[] | undefined;
  /** Defender for Cloud integration settings; [] = none returned. */
  readonly securitySettings: readonly SecuritySetting[] | undefined;
}

export const RESOURCES_SUBSCRIPTION = defineResourceType({
  type: 'azure.resources.subscription',
  provider: 'azure',
  title: 'Subscription (Defender plans, activity log export, policy assignments)',
  native: { arm: 'Microsoft.Resources/subscriptions', terraform: ['azurerm_security_center_subscription_pricing', 'azurerm_monitor_diagnostic_setting', 'azurerm_subscription_policy_assignment', 'azurerm_monitor_activity_log_alert', 'azurerm_security_center_setting'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.resources.subscription': SubscriptionConfig;
  }
}
