import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-entra-tenant-global-admin-count',
    title: 'Fewer than 5 principals hold Global Administrator in Microsoft Entra ID',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'entra',
    resourceTypes: ['azure.entra.tenant'],
    requirements: ['access-control-least-privilege', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(4)(i)'],
    rationale: 'A Global Administrator controls every identity in the tenant and can elevate itself to User Access Administrator on every subscription: each additional one is another account whose compromise exposes all ePHI. Microsoft recommends fewer than five (and at least two, for emergency access), and Prowler checks it (entra_global_admin_in_less_than_five_users). Counted are the active members of the Global Administrator role (permanent, or activated through Privileged Identity Management); PIM-eligible assignments are not active and not counted. A role-assignable group among the members is not expanded, so the count is then not assessed unless the other members alone are too many.',
    remediation: {
      summary: 'Keep fewer than five Global Administrators: give the others narrower roles (User, Security, Exchange, Privileged Role Administrator...) and make the remaining ones eligible through Privileged Identity Management.',
      console: 'Microsoft Entra admin center > Identity > Roles & admins > Global Administrator > Assignments > remove the extra active assignments (or convert them to eligible in PIM).',
      cli: 'az rest --method GET --url "https://graph.microsoft.com/v1.0/directoryRoles(roleTemplateId=\'62e90394-69f5-4237-9190-012177145e10\')/members?$select=id,displayName"\naz rest --method DELETE --url "https://graph.microsoft.com/v1.0/directoryRoles(roleTemplateId=\'62e90394-69f5-4237-9190-012177145e10\')/members/MEMBER_ID/$ref"',
      terraform: '# Declare only the intended Global Administrators.\nresource "azuread_directory_role_assignment" "global_admin" {\n  role_id             = "62e90394-69f5-4237-9190-012177145e10"\n  principal_object_id = var.admin_object_id\n}',
    },
    references: ['https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices#5-limit-the-number-of-global-administrators-to-less-than-5', 'https://learn.microsoft.com/graph/api/directoryrole-list-members'],
    defaultOptions: { maxGlobalAdmins: 4 },
  },
  evaluate(tenant, ctx) {
    const members = tenant.config.globalAdministrators;
    const path = 'config.globalAdministrators';
    if (members === undefined) return notAssessed('the Global Administrator role members could not be read: the scanning identity needs the Microsoft Graph application permission RoleManagement.Read.Directory (admin consent)', [path, members]);
    const max = typeof ctx.options.maxGlobalAdmins === 'number' ? ctx.options.maxGlobalAdmins : 4;
    // A group (or a member Graph did not type) may stand for any number of people.
    const unexpanded = members.filter((m) => m.type === 'group' || m.type === '');
    const individuals = members.length - unexpanded.length;
    const evidence = [path, members] as const;
    if (individuals > max) return fail(`${individuals} principals hold Global Administrator (more than ${max})`, evidence);
    if (unexpanded.length > 0) return notAssessed(`${individuals} principal${individuals === 1 ? '' : 's'} hold Global Administrator, plus ${unexpanded.length} ${unexpanded.length === 1 ? 'group' : 'groups'} (or members of unknown type) whose members are not read`, evidence);
    return pass(`${individuals} principal${individuals === 1 ? '' : 's'} hold Global Administrator (at most ${max})`, evidence);
  },
});
