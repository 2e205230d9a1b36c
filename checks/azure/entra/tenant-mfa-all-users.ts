import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { GRAPH_PERMISSION_REASON } from '../_shared.js';
import { exclusions, isEnforcedMfaForAllApps, targetsAllUsers } from './_mfa.js';

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
    rationale: 'The NPRM proposes multi-factor authentication for all access to systems with ePHI. Microsoft\'s mandatory MFA covers sign-in to Azure management tools only, not the applications that hold ePHI. An enforced conditional access policy for all users and all cloud apps that requires MFA (or an authentication strength), or security defaults in tenants without conditional access, closes that gap. Report-only policies do not count.',
    remediation: {
      summary: 'Create an enabled conditional access policy: users All (exclude only break-glass accounts), target resources All cloud apps, grant Require multifactor authentication; or enable security defaults.',
      console: 'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from templates > Require multifactor authentication for all users > On.',
      cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @mfa-all-users.json',
      terraform: 'resource "azuread_conditional_access_policy" "mfa_all" {\n  display_name = "Require MFA for all users"\n  state        = "enabled"\n  conditions {\n    client_app_types = ["all"]\n    applications { included_applications = ["All"] }\n    users {\n      included_users = ["All"]\n      excluded_users = [var.break_glass_object_id]\n    }\n  }\n  grant_controls {\n    operator          = "OR"\n    built_in_controls = ["mfa"]\n  }\n}',
    },
    references: ['https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength', 'https://learn.microsoft.com/entra/fundamentals/security-defaults', 'https://learn.microsoft.com/graph/api/conditionalaccessroot-list-policies'],
  },
  evaluate(tenant) {
    const { securityDefaultsEnabled: sd, conditionalAccessPolicies: policies } = tenant.config;
    const ev = [['config.securityDefaultsEnabled', sd], ['config.conditionalAccessPolicies', policies === undefined ? undefined : policies.map((p) => `${p.displayName} [${p.state}]`)]] as const;
    if (sd === true) return pass('security defaults are on: every user must register for and use MFA', ...ev);
    if (policies === undefined) return notAssessed(GRAPH_PERMISSION_REASON, ...ev);
    const qualifying = policies.find((p) => targetsAllUsers(p) && isEnforcedMfaForAllApps(p));
    if (qualifying) return pass(`conditional access policy "${qualifying.displayName}" requires MFA for all users and apps${exclusions(qualifying)}`, ...ev);
    // Security defaults cannot be on while conditional access policies are enabled.
    if (sd === undefined && !policies.some((p) => p.state === 'enabled')) return notAssessed(`no conditional access policy requires MFA for all users, and the security defaults state is unknown. ${GRAPH_PERMISSION_REASON}`, ...ev);
    const reportOnly = policies.filter((p) => p.state === 'enabledForReportingButNotEnforced' && targetsAllUsers(p)).map((p) => p.displayName);
    return fail(`no enforced conditional access policy requires MFA for all users and all cloud apps, and security defaults are off${reportOnly.length > 0 ? ` (report-only: ${reportOnly.join(', ')})` : ''}`, ...ev);
  },
});
