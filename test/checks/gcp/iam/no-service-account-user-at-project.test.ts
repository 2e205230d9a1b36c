import check from '../../../../checks/gcp/iam/no-service-account-user-at-project.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const b = (role: string, ...members: string[]) => ({ role, members, condition: null });

checkCases(check, {
  pass: [{ name: 'other roles only', resource: project({ iamBindings: [b('roles/viewer', 'group:audit@example.org')] }) }],
  fail: [
    { name: 'Service Account User project-wide', resource: project({ iamBindings: [b('roles/iam.serviceAccountUser', 'group:deployers@example.org')] }), evidencePath: 'config.iamBindings' },
    { name: 'Token Creator project-wide', resource: project({ iamBindings: [b('roles/iam.serviceAccountTokenCreator', 'serviceAccount:ci@phi-prod.iam.gserviceaccount.com')] }), evidencePath: 'config.iamBindings' },
  ],
  notAssessed: [{ name: 'IAM policy unreadable', resource: project({ iamBindings: undefined }), evidencePath: 'config.iamBindings' }],
});
