import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { PRIVILEGED_ROLES, roleGuid } from './_roles.js';

export default defineCheck({
  meta: {
    id: 'azure-authorization-privileged-roles-eligible',
    title: 'Users hold Owner, Contributor and access-admin roles only through PIM, not standing',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'authorization',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['access-control-least-privilege', 'privileged-identity-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(4)(i)'],
    rationale: 'A standing (permanent, always active) Owner, Contributor, User Access Administrator or RBAC Administrator assignment gives a user\'s session full power over the subscription all the time, so a phished session or token is enough. With Privileged Identity Management the user is eligible and activates the role for a few hours, with MFA, a justification and an audit record. Microsoft\'s RBAC best practices and the Microsoft cloud security benchmark (PA-2, "Avoid standing access") ask for just-in-time privileged access. Read from PIM\'s role assignment schedule instances: assignmentType Assigned without an end date is standing; Activated is a PIM activation. Service principals and managed identities are not judged (they cannot activate).',
    remediation: {
      summary: 'Convert the users\' standing privileged assignments to PIM-eligible assignments (time-bound where possible) and remove the active ones.',
      console: 'Microsoft Entra Privileged Identity Management > Azure resources > the subscription > Assignments > Active assignments > the user > Update: make Eligible (or Remove, then Add assignments > Eligible).',
      cli: 'az rest --method put --url "https://management.azure.com/subscriptions/SUBSCRIPTION_ID/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/$(uuidgen)?api-version=2020-10-01" --body @eligible.json\naz role assignment delete --assignee USER --role Owner --scope /subscriptions/SUBSCRIPTION_ID',
      terraform: 'resource "azurerm_pim_eligible_role_assignment" "owner" {\n  scope              = data.azurerm_subscription.current.id\n  role_definition_id = "${data.azurerm_subscription.current.id}${data.azurerm_role_definition.owner.id}"\n  principal_id       = var.admin_object_id\n  schedule {\n    expiration {\n      duration_days = 180\n    }\n  }\n}',
    },
    references: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-resource-roles-assign-roles', 'https://learn.microsoft.com/rest/api/authorization/role-assignment-schedule-instances/list-for-scope'],
  },
  evaluate(sub) {
    const instances = sub.config.roleAssignmentScheduleInstances;
    const path = 'config.roleAssignmentScheduleInstances';
    if (instances === undefined) return notAssessed('Privileged Identity Management role assignment schedules could not be read (PIM for Azure resources needs Microsoft Entra ID P2 or Governance, and the scanner Microsoft.Authorization/roleAssignmentScheduleInstances/read)', [path, instances]);
    const privileged = instances.filter((i) => PRIVILEGED_ROLES[roleGuid(i.roleDefinitionId)] !== undefined && i.principalType === 'User');
    const unknown = privileged.filter((i) => i.assignmentType === null);
    const standing = privileged.filter((i) => i.assignmentType === 'Assigned' && i.endDateTime === null);
    const shown = (list: typeof privileged) => list.map((i) => ({ principalId: i.principalId, role: PRIVILEGED_ROLES[roleGuid(i.roleDefinitionId)], scope: i.scope, memberType: i.memberType, assignmentType: i.assignmentType, endDateTime: i.endDateTime }));
    if (standing.length > 0) return fail(`${standing.length} standing privileged assignment${standing.length === 1 ? '' : 's'} to users (${[...new Set(standing.map((i) => PRIVILEGED_ROLES[roleGuid(i.roleDefinitionId)]))].join(', ')})`, [path, shown(standing)]);
    if (unknown.length > 0) return notAssessed('some privileged assignments have no assignment type', [path, shown(unknown)]);
    return pass(privileged.length === 0 ? 'no user holds a privileged role at the subscription right now' : `every active privileged assignment to a user is a PIM activation or time-bound (${privileged.length})`, [path, shown(privileged)]);
  },
});
