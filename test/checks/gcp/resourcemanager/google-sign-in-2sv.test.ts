import check from '../../../../checks/gcp/resourcemanager/google-sign-in-2sv.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const role = (...members: string[]) => [{ role: 'roles/editor', members, condition: null }];
const SA = 'serviceAccount:app@phi-prod.iam.gserviceaccount.com';

checkCases(check, {
  pass: [],
  fail: [],
  cannotFail: 'Google sign-in 2-Step Verification is an Admin console setting Cloud Asset Inventory does not expose: it can be confirmed there, never refuted here',
  notAssessed: [
    { name: 'a user holds a role on the project', resource: project({ iamBindings: role('user:alice@example.org', SA) }), evidencePath: 'config.iamBindings.people' },
    { name: 'a group holds a role on the organization', resource: project({ iamBindings: role(SA), ancestorIamPolicies: [{ node: 'organizations/9', bindings: role('group:admins@example.org'), auditConfigs: [] }] }), evidencePath: 'config.iamBindings.people' },
    { name: 'a workforce pool principal set', resource: project({ iamBindings: role('principalSet://iam.googleapis.com/locations/global/workforcePools/contractors/*') }), evidencePath: 'config.iamBindings.people' },
    { name: 'project IAM unreadable', resource: project({ iamBindings: undefined }), evidencePath: 'config.iamBindings.people' },
    { name: 'ancestors not read', resource: project({ iamBindings: role(SA), ancestorIamPolicies: undefined }), evidencePath: 'config.ancestorIamPolicies' },
  ],
  notApplicable: [{ name: 'only service accounts anywhere', resource: project({ iamBindings: role(SA) }) }],
});
