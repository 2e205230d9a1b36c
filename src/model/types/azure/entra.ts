import { defineResourceType } from '../registry.js';

/**
 * A Microsoft Entra ID conditional access policy, Microsoft Graph v1.0
 * `GET /identity/conditionalAccess/policies` (`conditionalAccessPolicy`), fields as Graph names them.
 */
export interface ConditionalAccessPolicy {
  readonly id: string;
  readonly displayName: string;
  /** `state`: `enabled`, `disabled`, `enabledForReportingButNotEnforced` (report-only). */
  readonly state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  readonly conditions: {
    /** `conditions.users`: ids, or `All` / `None` / `GuestsOrExternalUsers` in `includeUsers`; `includeRoles` are directory role template ids. */
    readonly users: {
      readonly includeUsers: readonly string[];
      readonly excludeUsers: readonly string[];
      readonly includeGroups: readonly string[];
      readonly excludeGroups: readonly string[];
      readonly includeRoles: readonly string[];
      readonly excludeRoles: readonly string[];
    };
    /** `conditions.applications`: `All`, `Office365`, `MicrosoftAdminPortals` or app ids. */
    readonly applications: { readonly includeApplications: readonly string[]; readonly excludeApplications: readonly string[] };
    /** `conditions.clientAppTypes`: `all`, `browser`, `mobileAppsAndDesktopClients`, `exchangeActiveSync`, `other`. */
    readonly clientAppTypes: readonly string[];
  };
  /** `grantControls`; null = a session-only policy. `authenticationStrength` requires MFA-class methods too. */
  readonly grantControls: {
    readonly operator: 'AND' | 'OR';
    /** `mfa`, `block`, `compliantDevice`, `domainJoinedDevice`, `approvedApplication`, `compliantApplication`, `passwordChange`. */
    readonly builtInControls: readonly string[];
    /** `authenticationStrength.id`; null = none. */
    readonly authenticationStrengthId: string | null;
  } | null;
}

/**
 * The Microsoft Entra ID tenant behind the scanned subscriptions. Resource id `/tenants/{tenantId}`.
 * Read through Microsoft Graph, which needs the application permission `Policy.Read.All`;
 * without it both fields stay undefined (not known) and MFA checks are not_assessed.
 */
export interface EntraTenantConfig {
  /** Graph v1.0 `GET /policies/identitySecurityDefaultsEnforcementPolicy` `isEnabled`. */
  readonly securityDefaultsEnabled: boolean | undefined;
  /** Graph v1.0 `GET /identity/conditionalAccess/policies` (all pages); [] = none. */
  readonly conditionalAccessPolicies: readonly ConditionalAccessPolicy[] | undefined;
}

export const ENTRA_TENANT = defineResourceType({
  type: 'azure.entra.tenant',
  provider: 'azure',
  title: 'Microsoft Entra ID tenant (security defaults, conditional access)',
  native: { terraform: ['azuread_conditional_access_policy'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.entra.tenant': EntraTenantConfig;
  }
}
