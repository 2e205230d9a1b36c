import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-authorization-no-custom-owner-roles',
    title: 'No custom role grants all actions (*) at subscription scope or above',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'authorization',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(4)(i)'],
    rationale: 'A custom role whose actions include "*" and that is assignable at the subscription (or a management group, or the root) is an Owner under another name: it escapes reviews that look for Owner and is easy to hand out. Azure Policy "Custom subscription owner roles should not exist", CIS Microsoft Azure Foundations 1.23 and Prowler (iam_subscription_roles_owner_custom_not_created) flag it.',
    remediation: {
      summary: 'Replace "*" in the custom role\'s actions with the specific actions the role needs, or delete the role and use a built-in role.',
      console: 'Subscription > Access control (IAM) > Roles > Type: Custom role > open the role > Edit > Permissions: remove "*" and add only the needed actions.',
      cli: 'az role definition list --custom-role-only true --scope /subscriptions/SUBSCRIPTION_ID --query "[?permissions[0].actions[?@==\'*\']].roleName"\naz role definition update --role-definition role.json',
      terraform: 'resource "azurerm_role_definition" "ops" {\n  name  = "phi-ops"\n  scope = data.azurerm_subscription.current.id\n  permissions {\n    actions = ["Microsoft.Compute/virtualMachines/restart/action", "Microsoft.Compute/virtualMachines/read"]\n  }\n  assignable_scopes = [data.azurerm_subscription.current.id]\n}',
    },
    references: ['https://learn.microsoft.com/azure/role-based-access-control/custom-roles', 'https://learn.microsoft.com/rest/api/authorization/role-definitions/list'],
  },
  evaluate(sub) {
    const roles = sub.config.customRoleDefinitions;
    const path = 'config.customRoleDefinitions';
    if (roles === undefined) return notAssessed('the custom role definitions could not be read', [path, roles]);
    const subId = sub.id.toLowerCase();
    // Assignable here: the root, a management group (above every subscription it holds), or this subscription itself.
    const broad = (scope: string): boolean => {
      const s = scope.toLowerCase().replace(/\/+$/, '');
      return s === '' || s.startsWith('/providers/microsoft.management/managementgroups/') || s === subId;
    };
    const owners = roles.filter((r) => r.actions.includes('*') && r.assignableScopes.some(broad));
    if (owners.length > 0) return fail(`custom role${owners.length === 1 ? '' : 's'} ${owners.map((r) => r.roleName).join(', ')} allow${owners.length === 1 ? 's' : ''} every action (*) at subscription scope or above`, [path, owners]);
    return pass(roles.length === 0 ? 'no custom roles are defined' : `none of the ${roles.length} custom roles allows every action at subscription scope`, [path, roles.map((r) => r.roleName)]);
  },
});
