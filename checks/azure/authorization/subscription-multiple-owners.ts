import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { OWNER_REMEDIATION_REFS, owners } from './_roles.js';

export default defineCheck({
  meta: {
    id: 'azure-authorization-subscription-multiple-owners',
    title: 'More than one user holds Owner on the subscription',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'azure',
    service: 'authorization',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.312(a)(2)(ii)'],
    rationale: 'With a single owner, one lost account, departure or lockout leaves nobody able to manage access to the subscription, which is also the emergency access the Security Rule asks for. Azure Policy "There should be more than one owner assigned to your subscription" (in the HIPAA HITRUST initiative) asks for at least two. Only users count here: a pipeline\'s service principal cannot step in for a person, and a group\'s members are not read (a group owner makes the result not assessed rather than passed).',
    remediation: {
      summary: 'Assign Owner (ideally PIM-eligible) to a second named administrator.',
      console: 'Subscription > Access control (IAM) > Add > Add role assignment > Privileged administrator roles: Owner > select a second administrator.',
      cli: 'az role assignment create --assignee SECOND_ADMIN_UPN --role Owner --scope /subscriptions/SUBSCRIPTION_ID',
      terraform: 'resource "azurerm_role_assignment" "second_owner" {\n  scope                = data.azurerm_subscription.current.id\n  role_definition_name = "Owner"\n  principal_id         = var.second_admin_object_id\n}',
    },
    references: OWNER_REMEDIATION_REFS,
  },
  evaluate(sub) {
    const assignments = sub.config.roleAssignments;
    const path = 'config.roleAssignments';
    if (assignments === undefined) return notAssessed('the role assignments (Microsoft.Authorization/roleAssignments) could not be read', [path, assignments]);
    const list = owners(assignments);
    const evidence = [`${path}[Owner]`, list] as const;
    const users = list.filter((o) => o.principalType === 'User');
    if (users.length >= 2) return pass(`${users.length} users hold Owner`, evidence);
    if (list.some((o) => o.principalType !== 'User' && o.principalType !== 'ServicePrincipal')) return notAssessed(`${users.length} user${users.length === 1 ? '' : 's'} hold Owner directly; group owners' members are not read`, evidence);
    return fail(users.length === 0 ? 'no user holds Owner' : 'only one user holds Owner', evidence);
  },
});
