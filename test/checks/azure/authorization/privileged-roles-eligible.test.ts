import check from '../../../../checks/azure/authorization/privileged-roles-eligible.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { CONTRIBUTOR_ROLE, OWNER_ROLE, READER_ROLE, scheduleInstance, subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'owners active only through PIM activation', resource: subscription() },
    { name: 'time-bound assignment; a standing Reader; a standing service principal Owner', resource: subscription({ roleAssignmentScheduleInstances: [
      scheduleInstance('a', OWNER_ROLE, 'Assigned', '2026-12-01T00:00:00Z'), scheduleInstance('b', READER_ROLE, 'Assigned', null), scheduleInstance('ci', OWNER_ROLE, 'Assigned', null, { principalType: 'ServicePrincipal' }),
    ] }) },
    { name: 'nobody privileged right now', resource: subscription({ roleAssignmentScheduleInstances: [] }) },
  ],
  fail: [
    { name: 'standing Owner for a user', resource: subscription({ roleAssignmentScheduleInstances: [scheduleInstance('a', OWNER_ROLE, 'Assigned', null)] }), evidencePath: 'config.roleAssignmentScheduleInstances' },
    { name: 'standing Contributor through a group', resource: subscription({ roleAssignmentScheduleInstances: [scheduleInstance('a', CONTRIBUTOR_ROLE, 'Assigned', null, { memberType: 'Group' })] }), evidencePath: 'config.roleAssignmentScheduleInstances' },
  ],
  notAssessed: [
    { name: 'PIM unreadable', resource: subscription({ roleAssignmentScheduleInstances: undefined }), evidencePath: 'config.roleAssignmentScheduleInstances' },
    { name: 'assignment type missing', resource: subscription({ roleAssignmentScheduleInstances: [scheduleInstance('a', OWNER_ROLE, 'Assigned', null, { assignmentType: null })] }), evidencePath: 'config.roleAssignmentScheduleInstances' },
  ],
});
