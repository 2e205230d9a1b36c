import { defineResourceType } from '../registry.js';

/** An include/exclude pair of a condition (`locations`, `platforms`, client service principals). */
export interface IncludeExclude {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * A Microsoft Entra ID conditional access policy, Microsoft Graph v1.0
 * `GET /identity/conditionalAccess/policies` (`conditionalAccessPolicy`), fields as Graph names
 * them. Every condition is kept: a policy narrowed by any of them (a location, a risk level, a
 * platform, a device filter, a client app type, an exclusion) does not require MFA everywhere.
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
      /** `includeGuestsOrExternalUsers.guestOrExternalUserTypes` (comma-separated flags); null = not set. */
      readonly includeGuestsOrExternalUsers: string | null;
      readonly excludeGuestsOrExternalUsers: string | null;
    };
    /** `conditions.applications`: `All`, `Office365`, `MicrosoftAdminPortals` or app ids; user actions and authentication contexts instead of apps. */
    readonly applications: {
      readonly includeApplications: readonly string[];
      readonly excludeApplications: readonly string[];
      readonly includeUserActions: readonly string[];
      readonly includeAuthenticationContextClassReferences: readonly string[];
      /** `applicationFilter` (`mode` include/exclude, `rule`); null = none. */
      readonly applicationFilter: { readonly mode: string; readonly rule: string } | null;
    };
    /** `conditions.clientAppTypes`: `all`, `browser`, `mobileAppsAndDesktopClients`, `exchangeActiveSync`, `easSupported`, `other`. */
    readonly clientAppTypes: readonly string[];
    /** `conditions.clientApplications` (workload identities); null = the policy is for users. */
    readonly clientApplications: IncludeExclude | null;
    /** `conditions.locations` (`All`, `AllTrusted` or named location ids); null = any location. */
    readonly locations: IncludeExclude | null;
    /** `conditions.platforms` (`all`, `android`, `iOS`, `windows`, `macOS`, `linux`...); null = any platform. */
    readonly platforms: IncludeExclude | null;
    /** `conditions.devices.deviceFilter`; null = no device filter. */
    readonly deviceFilter: { readonly mode: string; readonly rule: string } | null;
    /** Risk conditions; [] = not set. */
    readonly userRiskLevels: readonly string[];
    readonly signInRiskLevels: readonly string[];
    readonly servicePrincipalRiskLevels: readonly string[];
    /** `insiderRiskLevels` flags (`minor`, `moderate`, `elevated`); [] = not set. */
    readonly insiderRiskLevels: readonly string[];
    /** `authenticationFlows.transferMethods` flags (`deviceCodeFlow`, `authenticationTransfer`); [] = not set. */
    readonly authenticationFlows: readonly string[];
  };
  /** `grantControls`; null = a session-only policy. */
  readonly grantControls: {
    readonly operator: 'AND' | 'OR';
    /** `mfa`, `block`, `compliantDevice`, `domainJoinedDevice`, `approvedApplication`, `compliantApplication`, `passwordChange`. */
    readonly builtInControls: readonly string[];
    /**
     * `authenticationStrength`: its id and `requirementsSatisfied` (`mfa` for every built-in and
     * MFA-class custom strength); null = none. requirementsSatisfied null = not returned.
     */
    readonly authenticationStrength: { readonly id: string; readonly requirementsSatisfied: string | null } | null;
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
  /**
   * Active members of the Global Administrator directory role, Graph v1.0
   * `GET /directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')/members` (all pages;
   * needs `RoleManagement.Read.Directory`). PIM-eligible assignments are not members until activated.
   * A group member (role-assignable group) is not expanded. Optional: absent = not read.
   */
  readonly globalAdministrators?: readonly DirectoryRoleMember[] | undefined;
}

/** A directory role member: its object id and kind (`@odata.type` without `#microsoft.graph.`). */
export interface DirectoryRoleMember {
  readonly id: string;
  /** `user`, `servicePrincipal`, `group`, or another directory object type as Graph names it. */
  readonly type: string;
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
