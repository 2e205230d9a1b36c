import check from '../../../../checks/gcp/iam/no-basic-roles-on-users.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const b = (role: string, ...members: string[]) => ({ role, members, condition: null });

checkCases(check, {
  pass: [
    { name: 'scoped roles for people, Editor for a service account', resource: project({ iamBindings: [b('roles/cloudsql.client', 'group:team@example.org'), b('roles/editor', 'serviceAccount:ci@phi-prod.iam.gserviceaccount.com')] }) },
    { name: 'ancestors not read: the project policy alone is clean', resource: project({ iamBindings: [], ancestorIamPolicies: undefined }) },
  ],
  fail: [
    { name: 'Owner to a user', resource: project({ iamBindings: [b('roles/owner', 'user:alice@example.org')] }), evidencePath: 'basicRoleGrants' },
    { name: 'Editor to a group', resource: project({ iamBindings: [b('roles/editor', 'group:devs@example.org', 'serviceAccount:x@p.iam.gserviceaccount.com')] }), evidencePath: 'basicRoleGrants' },
    { name: 'Editor to a domain on the organization', resource: project({ ancestorIamPolicies: [{ node: 'organizations/9', bindings: [b('roles/editor', 'domain:example.org')], auditConfigs: [] }] }), evidencePath: 'basicRoleGrants' },
  ],
  notAssessed: [{ name: 'IAM policy unreadable', resource: project({ iamBindings: undefined }), evidencePath: 'config.iamBindings' }],
});
