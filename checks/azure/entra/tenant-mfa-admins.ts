import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import type { ConditionalAccessPolicy } from '../../../src/model/types/azure/index.js';
import { GRAPH_PERMISSION_REASON } from '../_shared.js';
import { BREAK_GLASS_NOTE, coveredElsewhere, DEFAULT_ADMIN_ROLES, exclusionsOf, narrowing, policyEvidence, targetsAllUsers, unconditionalMfa } from './_mfa.js';

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
    rationale: 'An administrator account without MFA is one phished password away from control of every subscription, key and identity in the tenant. An enforced conditional access policy must require MFA for the privileged directory roles (directly, or through a policy for all users that does not exclude them) for all cloud apps with no narrowing condition (location, risk, platform, device filter, client app type, authentication flow), or security defaults must be on. A policy that also excludes users or groups may exclude administrators through them: the role is then not assessed unless another policy covers it; declared emergency-access accounts (option breakGlassAccounts) are accepted.',
    remediation: {
      summary: 'Create an enabled conditional access policy that includes the privileged directory roles (Global, Privileged Role, Privileged Authentication, Security, Conditional Access and User Administrator at least) for all cloud apps and requires MFA or a phishing-resistant authentication strength.',
      console: 'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from templates > Require multifactor authentication for admins > On.',
      cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @mfa-admins.json',
      terraform: 'resource "azuread_conditional_access_policy" "mfa_admins" {\n  display_name = "Require MFA for admins"\n  state        = "enabled"\n  conditions {\n    client_app_types = ["all"]\n    applications { included_applications = ["All"] }\n    users { included_roles = [\n      "62e90394-69f5-4237-9190-012177145e10", # Global Administrator\n      "e8611ab8-c189-46e8-94e1-60213ab1f814", # Privileged Role Administrator\n    ] }\n  }\n  grant_controls {\n    operator          = "OR"\n    built_in_controls = ["mfa"]\n  }\n}',
    },
    references: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin', 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference'],
    defaultOptions: { adminRoles: Object.keys(DEFAULT_ADMIN_ROLES), breakGlassAccounts: [] },
  },
  evaluate(tenant, ctx) {
    const { securityDefaultsEnabled: sd, conditionalAccessPolicies: policies } = tenant.config;
    const ev = [['config.securityDefaultsEnabled', sd], ['config.conditionalAccessPolicies', policyEvidence(policies)]] as const;
    if (sd === true) return pass('security defaults are on: administrators must use MFA at every sign-in', ...ev);
    if (policies === undefined) return notAssessed(GRAPH_PERMISSION_REASON, ...ev);
    const roles = ((ctx.options.adminRoles as readonly string[] | undefined) ?? Object.keys(DEFAULT_ADMIN_ROLES)).map((r) => r.toLowerCase());
    const breakGlass = (ctx.options.breakGlassAccounts as readonly string[] | undefined) ?? [];
    const qualifying = policies.filter((p) => unconditionalMfa(p) === true);
    const targets = (p: ConditionalAccessPolicy, role: string) => {
      const u = p.conditions.users;
      return !u.excludeRoles.some((r) => r.toLowerCase() === role) && (targetsAllUsers(p) || u.includeRoles.some((r) => r.toLowerCase() === role));
    };
    // Excluded users and groups may hold the role: only a policy whose remaining exclusions are covered elsewhere covers it for sure.
    const clean = (p: ConditionalAccessPolicy) => exclusionsOf(p, breakGlass).filter((x) => x.kind === 'user' || x.kind === 'group').every((x) => coveredElsewhere(x, qualifying.filter((q) => q !== p)));
    const verdict = (role: string): 'covered' | 'maybe' | 'none' => {
      if (qualifying.some((p) => targets(p, role) && clean(p))) return 'covered';
      const maybe = policies.some((p) => targets(p, role) && p.state === 'enabled' && narrowing(p).length === 0 && unconditionalMfa(p) !== false);
      return maybe ? 'maybe' : 'none';
    };
    const byRole = roles.map((r) => ({ role: r, name: DEFAULT_ADMIN_ROLES[r] ?? r, v: verdict(r) }));
    const none = byRole.filter((x) => x.v === 'none');
    const maybe = byRole.filter((x) => x.v === 'maybe');
    if (none.length === 0 && maybe.length === 0) return pass(`enforced conditional access requires MFA for all ${roles.length} administrative role(s) for all cloud apps with no narrowing condition`, ...ev);
    if (none.length === 0) return notAssessed(`MFA policies for ${maybe.map((x) => x.name).join(', ')} also exclude users or groups (who may hold the role) or use an authentication strength of unknown requirements. ${BREAK_GLASS_NOTE}`, ...ev);
    if (sd === undefined && !policies.some((p) => p.state === 'enabled')) return notAssessed(`no conditional access policy requires MFA for administrators, and the security defaults state is unknown. ${GRAPH_PERMISSION_REASON}`, ...ev);
    return fail(`MFA is not required by an enforced, unconditional policy for: ${none.map((x) => x.name).join(', ')}`, ...ev);
  },
});
