import check from '../../../../checks/azure/authorization/subscription-max-3-owners.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { CONTRIBUTOR_ROLE, OWNER_ROLE, roleAssignment, subscription } from '../_fixtures.js';

const owner = (id: string, type: string | null = 'User', scope?: string) => roleAssignment(id, OWNER_ROLE, type, scope);

checkCases(check, {
  pass: [
    { name: 'two user owners', resource: subscription() },
    { name: 'three owners, one a service principal; the same user twice counts once; contributors do not count', resource: subscription({ roleAssignments: [owner('a'), owner('b'), owner('ci', 'ServicePrincipal'), owner('a', 'User', '/'), roleAssignment('c', CONTRIBUTOR_ROLE, 'User'), roleAssignment('d', CONTRIBUTOR_ROLE, 'User')] }) },
  ],
  fail: [
    { name: 'four owners (one inherited from a management group)', resource: subscription({ roleAssignments: [owner('a'), owner('b'), owner('c'), owner('d', 'User', '/providers/Microsoft.Management/managementGroups/root')] }), evidencePath: 'config.roleAssignments[Owner]' },
    { name: 'four owners including a group', resource: subscription({ roleAssignments: [owner('a'), owner('b'), owner('c'), owner('g', 'Group')] }), evidencePath: 'config.roleAssignments[Owner]' },
    { name: 'a stricter option', resource: subscription(), options: { maxOwners: 1 }, evidencePath: 'config.roleAssignments[Owner]' },
  ],
  notAssessed: [
    { name: 'role assignments unreadable', resource: subscription({ roleAssignments: undefined }), evidencePath: 'config.roleAssignments' },
    { name: 'a group owner whose members are unknown', resource: subscription({ roleAssignments: [owner('a'), owner('g', 'Group')] }), evidencePath: 'config.roleAssignments[Owner]' },
  ],
});
