import check from '../../../../checks/azure/authorization/subscription-multiple-owners.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { OWNER_ROLE, READER_ROLE, roleAssignment, subscription } from '../_fixtures.js';

const owner = (id: string, type: string | null = 'User') => roleAssignment(id, OWNER_ROLE, type);

checkCases(check, {
  pass: [{ name: 'two user owners', resource: subscription() }],
  fail: [
    { name: 'one user owner', resource: subscription({ roleAssignments: [owner('a'), roleAssignment('b', READER_ROLE, 'User')] }), evidencePath: 'config.roleAssignments[Owner]' },
    { name: 'a user and a service principal', resource: subscription({ roleAssignments: [owner('a'), owner('ci', 'ServicePrincipal')] }), evidencePath: 'config.roleAssignments[Owner]' },
    { name: 'no owner', resource: subscription({ roleAssignments: [] }), evidencePath: 'config.roleAssignments[Owner]' },
  ],
  notAssessed: [
    { name: 'role assignments unreadable', resource: subscription({ roleAssignments: undefined }), evidencePath: 'config.roleAssignments' },
    { name: 'one user and a group', resource: subscription({ roleAssignments: [owner('a'), owner('g', 'Group')] }), evidencePath: 'config.roleAssignments[Owner]' },
  ],
});
