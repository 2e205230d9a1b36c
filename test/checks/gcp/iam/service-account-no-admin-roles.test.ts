import check from '../../../../checks/gcp/iam/service-account-no-admin-roles.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project, serviceAccount } from '../_fixtures.js';

const SA = 'serviceAccount:app@phi-prod.iam.gserviceaccount.com';
const b = (role: string, ...members: string[]) => ({ role, members, condition: null });

checkCases(check, {
  pass: [
    { name: 'scoped roles', resource: serviceAccount(), inventory: [project({ iamBindings: [b('roles/storage.objectViewer', SA), b('roles/owner', 'group:admins@example.org')] })] },
    { name: 'admin role held by another account', resource: serviceAccount(), inventory: [project({ iamBindings: [b('roles/storage.admin', 'serviceAccount:other@phi-prod.iam.gserviceaccount.com')] })] },
  ],
  fail: [
    { name: 'Editor', resource: serviceAccount(), inventory: [project({ iamBindings: [b('roles/editor', SA)] })], evidencePath: 'adminGrants' },
    { name: 'an *Admin role', resource: serviceAccount(), inventory: [project({ iamBindings: [b('roles/iam.securityAdmin', SA)] })], evidencePath: 'adminGrants' },
    { name: 'Owner on the organization', resource: serviceAccount(), inventory: [project({ ancestorIamPolicies: [{ node: 'organizations/9', bindings: [b('roles/owner', SA)], auditConfigs: [] }] })], evidencePath: 'adminGrants' },
  ],
  notAssessed: [
    { name: 'project not collected', resource: serviceAccount(), evidencePath: 'project.iamBindings' },
    { name: 'project IAM policy unreadable', resource: serviceAccount(), inventory: [project({ iamBindings: undefined })], evidencePath: 'project.iamBindings' },
    { name: 'e-mail not reported', resource: serviceAccount({ email: undefined }), inventory: [project()], evidencePath: 'config.email' },
  ],
});
