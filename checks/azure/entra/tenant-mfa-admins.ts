import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { GRAPH_PERMISSION_REASON } from '../_shared.js';
import { DEFAULT_ADMIN_ROLES, isEnforcedMfaForAllApps, targetsAllUsers } from './_mfa.js';

export default defineCheck({
  meta: {
    id: 'azure-entra-tenant-mfa-admins',
    title: 'Microsoft Entra ID requires MFA for administrative roles',
    severity: 'critical',
    provider: 'azure',
    service: 'entra',
    resourceTypes: ['azure.entra.tenant'],
    requirements: ['mfa', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'An administrator account without MFA is one phished password away from control of every subscription, key and identity in the tenant. An enforced conditional access policy must require MFA for the privileged directory roles (directly, or through a policy for all users that does not exclude them), or security defaults must be on.',
    remediation: {
      summary: 'Create an enabled conditional access policy that includes the privileged directory roles (Global, Privileged Role, Privileged Authentication, Security, Conditional Access and User Administrator at least) for all cloud apps and requires MFA or a phishing-resistant authentication strength.',
      console: 'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from templates > Require multifactor authentication for admins > On.',
      cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @mfa-admins.json',
      terraform: 'resource "azuread_conditional_access_policy" "mfa_admins" {\n  display_name = "Require MFA for admins"\n  state        = "enabled"\n  conditions {\n    client_app_types = ["all"]\n    applications { included_applications = ["All"] }\n    users { included_roles = [\n      "62e90394-69f5-4237-9190-012177145e10", # Global Administrator\n      "e8611ab8-c189-46e8-94e1-60213ab1f814", # Privileged Role Administrator\n    ] }\n  }\n  grant_controls {\n    operator          = "OR"\n    built_in_controls = ["mfa"]\n  }\n}',
    },
    references: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin', 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference'],
    defaultOptions: { adminRoles: Object.keys(DEFAULT_ADMIN_ROLES) },
  },
  evaluate(tenant, ctx) {
    const { securityDefaultsEnabled: sd, conditionalAccessPolicies: policies } = tenant.config;
    const ev = [['config.securityDefaultsEnabled', sd], ['config.conditionalAccessPolicies', policies === undefined ? undefined : policies.map((p) => `${p.displayName} [${p.state}]`)]] as const;
    if (sd === true) return pass('security defaults are on: administrators must use MFA at every sign-in', ...ev);
    if (policies === undefined) return notAssessed(GRAPH_PERMISSION_REASON, ...ev);
    const roles = ((ctx.options.adminRoles as readonly string[] | undefined) ?? Object.keys(DEFAULT_ADMIN_ROLES)).map((r) => r.toLowerCase());
    const enforced = policies.filter(isEnforcedMfaForAllApps);
    const covered = (role: string) => enforced.some((p) => {
      const u = p.conditions.users;
      if (u.excludeRoles.some((r) => r.toLowerCase() === role)) return false;
      return targetsAllUsers(p) || u.includeRoles.some((r) => r.toLowerCase() === role);
    });
    const uncovered = roles.filter((r) => !covered(r));
    if (uncovered.length === 0) return pass(`enforced conditional access requires MFA for all ${roles.length} administrative role(s)`, ...ev);
    if (sd === undefined && !policies.some((p) => p.state === 'enabled')) return notAssessed(`no conditional access policy requires MFA for administrators, and the security defaults state is unknown. ${GRAPH_PERMISSION_REASON}`, ...ev);
    return fail(`MFA is not required by an enforced policy for: ${uncovered.map((r) => DEFAULT_ADMIN_ROLES[r] ?? r).join(', ')}`, ...ev);
  },
});
