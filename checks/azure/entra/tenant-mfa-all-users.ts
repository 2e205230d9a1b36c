import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { GRAPH_PERMISSION_REASON } from '../_shared.js';
import { BREAK_GLASS_NOTE, coveredElsewhere, describeExclusions, exclusionsOf, narrowing, policyEvidence, requiresMfa, SECURITY_DEFAULTS_CAVEAT, targetsAllUsers, unconditionalMfa } from './_mfa.js';

export default defineCheck({
  meta: {
    id: 'azure-entra-tenant-mfa-all-users',
    title: 'Microsoft Entra ID requires MFA for all users (conditional access or security defaults)',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'entra',
    resourceTypes: ['azure.entra.tenant'],
    requirements: ['mfa'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(d)'],
    rationale: 'The NPRM proposes multi-factor authentication for all access to systems with ePHI. Microsoft\'s mandatory MFA covers sign-in to Azure management tools only, not the applications that hold ePHI. Only an enforced conditional access policy counts that requires MFA (the mfa control, or an authentication strength that satisfies MFA) for all users and all cloud apps with no narrowing condition: a location, user or sign-in risk level, platform, device filter, client app type or authentication flow condition, or an excluded application, leaves sign-ins without MFA. Excluded users, groups, roles and guests must be covered by another such policy; declared emergency-access accounts (option breakGlassAccounts) are accepted. Report-only policies do not count. Security defaults pass with a caveat: they prompt non-administrators for MFA only when Microsoft judges it necessary.',
    remediation: {
      summary: 'Create an enabled conditional access policy: users All (exclude only break-glass accounts), target resources All cloud apps, grant Require multifactor authentication; or enable security defaults.',
      console: 'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from templates > Require multifactor authentication for all users > On.',
      cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @mfa-all-users.json',
      terraform: 'resource "azuread_conditional_access_policy" "mfa_all" {\n  display_name = "Require MFA for all users"\n  state        = "enabled"\n  conditions {\n    client_app_types = ["all"]\n    applications { included_applications = ["All"] }\n    users {\n      included_users = ["All"]\n      excluded_users = [var.break_glass_object_id]\n    }\n  }\n  grant_controls {\n    operator          = "OR"\n    built_in_controls = ["mfa"]\n  }\n}',
    },
    references: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength', 'https://learn.microsoft.com/entra/fundamentals/security-defaults', 'https://learn.microsoft.com/graph/api/conditionalaccessroot-list-policies', 'https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access'],
    defaultOptions: { breakGlassAccounts: [] },
  },
  evaluate(tenant, ctx) {
    const { securityDefaultsEnabled: sd, conditionalAccessPolicies: policies } = tenant.config;
    const ev = [['config.securityDefaultsEnabled', sd], ['config.conditionalAccessPolicies', policyEvidence(policies)]] as const;
    if (sd === true) return pass(`security defaults are on: ${SECURITY_DEFAULTS_CAVEAT}`, ...ev);
    if (policies === undefined) return notAssessed(GRAPH_PERMISSION_REASON, ...ev);
    const breakGlass = (ctx.options.breakGlassAccounts as readonly string[] | undefined) ?? [];
    const qualifying = policies.filter((p) => unconditionalMfa(p) === true);
    const forAll = policies.filter((p) => targetsAllUsers(p) && p.state === 'enabled' && narrowing(p).length === 0);
    const gaps = (p: (typeof policies)[number]) => exclusionsOf(p, breakGlass).filter((x) => !coveredElsewhere(x, qualifying.filter((q) => q !== p)));
    const full = forAll.find((p) => requiresMfa(p) === true && gaps(p).length === 0);
    if (full) {
      const glass = full.conditions.users.excludeUsers.length - exclusionsOf(full, breakGlass).filter((x) => x.kind === 'user').length;
      return pass(`conditional access policy "${full.displayName}" requires MFA for all users and all cloud apps with no narrowing condition${glass > 0 ? ` (${glass} declared emergency-access account(s) excluded)` : ''}`, ...ev);
    }
    const unknownStrength = forAll.find((p) => requiresMfa(p) === undefined && gaps(p).length === 0);
    if (unknownStrength) return notAssessed(`policy "${unknownStrength.displayName}" requires an authentication strength whose requirements Graph did not return, so whether it is MFA is not known`, ...ev);
    // Security defaults cannot be on while conditional access policies are enabled.
    if (sd === undefined && !policies.some((p) => p.state === 'enabled')) return notAssessed(`no conditional access policy requires MFA for all users, and the security defaults state is unknown. ${GRAPH_PERMISSION_REASON}`, ...ev);
    const near = policies.filter((p) => targetsAllUsers(p) && requiresMfa(p) !== false).map((p) => {
      const why = [...(p.state === 'enabled' ? [] : [p.state === 'enabledForReportingButNotEnforced' ? 'report-only' : 'disabled']), ...narrowing(p)];
      const left = gaps(p);
      if (left.length > 0) why.push(`excludes ${describeExclusions(left)} not covered by another policy`);
      return `"${p.displayName}": ${why.join('; ')}`;
    });
    return fail(`no enforced conditional access policy requires MFA for all users and all cloud apps without conditions, and security defaults are off${near.length > 0 ? ` (${near.join(' | ')})` : ''}. ${BREAK_GLASS_NOTE}`, ...ev);
  },
});
