import check from '../../../../checks/gcp/resourcemanager/no-public-iam.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'groups only', resource: project({ iamBindings: [{ role: 'roles/owner', members: ['group:admins@example.org'], condition: null }] }) }],
  fail: [{ name: 'allUsers viewer', resource: project({ iamBindings: [{ role: 'roles/viewer', members: ['allUsers'], condition: null }] }), evidencePath: 'config.iamBindings' }],
  notAssessed: [{ name: 'unreadable', resource: project({ iamBindings: undefined }), evidencePath: 'config.iamBindings' }],
});
