import check from '../../../../checks/azure/policy/subscription-hipaa-assignment.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { SUB, subscription } from '../_fixtures.js';

const assignment = (policyDefinitionId: string, scope = '/providers/Microsoft.Management/managementGroups/health') => ({
  id: `${scope}/providers/Microsoft.Authorization/policyAssignments/a`, name: 'a', displayName: null, policyDefinitionId, enforcementMode: 'DoNotEnforce' as const, scope,
});
const custom = `/subscriptions/${SUB}/providers/Microsoft.Authorization/policySetDefinitions/our-hipaa`;
checkCases(check, {
  pass: [
    { name: 'built-in initiative at the subscription', resource: subscription() },
    { name: 'inherited from a management group, other casing', resource: subscription({ policyAssignments: [assignment('/providers/Microsoft.Authorization/policySetDefinitions/A169A624-5599-4385-A696-C8D643089FAB')] }) },
    { name: 'custom initiative listed in options', resource: subscription({ policyAssignments: [assignment(custom)] }), options: { initiativeIds: [custom] } },
  ],
  fail: [{ name: 'only other assignments', resource: subscription({ policyAssignments: [assignment('/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8')] }), evidencePath: 'config.policyAssignments' }],
  notAssessed: [{ name: 'unknown', resource: subscription({ policyAssignments: undefined }), evidencePath: 'config.policyAssignments' }],
});
