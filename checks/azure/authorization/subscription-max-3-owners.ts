import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { OWNER_REMEDIATION_REFS, owners } from './_roles.js';

export default defineCheck({
  meta: {
    id: 'azure-authorization-subscription-max-3-owners',
    title: 'At most 3 principals hold Owner on the subscription',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'authorization',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(4)(i)'],
    rationale: 'Owner can read and change every resource in the subscription and grant access to others: each additional owner is another identity whose compromise exposes all ePHI there. Azure Policy "A maximum of 3 owners should be designated for your subscription" (in the HIPAA HITRUST initiative) and Defender for Cloud recommend no more than three. Owners counted are the principals with an Owner assignment at the subscription or inherited from a management group; a group counts once, so a group owner may hide more people.',
    remediation: {
      summary: 'Remove Owner from all but at most three principals; give the others Contributor or narrower roles, or make Owner eligible through Privileged Identity Management.',
      console: 'Subscription > Access control (IAM) > Role assignments > filter Role: Owner > remove the extra assignments.',
      cli: 'az role assignment list --role Owner --scope /subscriptions/SUBSCRIPTION_ID --include-inherited -o table\naz role assignment delete --assignee PRINCIPAL_ID --role Owner --scope /subscriptions/SUBSCRIPTION_ID',
      terraform: '# Declare only the intended owners; remove extra azurerm_role_assignment resources with role_definition_name = "Owner".\nresource "azurerm_role_assignment" "owner" {\n  scope                = data.azurerm_subscription.current.id\n  role_definition_name = "Owner"\n  principal_id         = var.owner_group_object_id\n}',
    },
    references: OWNER_REMEDIATION_REFS,
    defaultOptions: { maxOwners: 3 },
  },
  evaluate(sub, ctx) {
    const assignments = sub.config.roleAssignments;
    const path = 'config.roleAssignments';
    if (assignments === undefined) return notAssessed('the role assignments (Microsoft.Authorization/roleAssignments) could not be read', [path, assignments]);
    const max = typeof ctx.options.maxOwners === 'number' ? ctx.options.maxOwners : 3;
    const list = owners(assignments);
    const evidence = [`${path}[Owner]`, list] as const;
    if (list.length > max) return fail(`${list.length} principals hold Owner (more than ${max})`, evidence);
    const groups = list.filter((o) => o.principalType !== 'User' && o.principalType !== 'ServicePrincipal');
    if (groups.length > 0) return notAssessed(`${list.length} principal${list.length === 1 ? '' : 's'} hold Owner, but ${groups.length} ${groups.length === 1 ? 'is a group' : 'are groups'} (or of unknown type) whose members are not read`, evidence);
    return pass(`${list.length} principal${list.length === 1 ? '' : 's'} hold Owner (at most ${max})`, evidence);
  },
});
