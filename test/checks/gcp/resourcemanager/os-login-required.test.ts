import check from '../../../../checks/gcp/resourcemanager/os-login-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const c = (enforced: boolean, setOn: string) => [{ constraint: 'constraints/compute.requireOsLogin', enforced, setOn }];

checkCases(check, {
  pass: [{ name: 'enforced on the organization', resource: project({ orgPolicyConstraints: c(true, 'organizations/9') }) }],
  fail: [
    { name: 'explicitly off on the project', resource: project({ orgPolicyConstraints: c(false, 'projects/123') }), evidencePath: 'config.orgPolicyConstraints' },
    { name: 'unset with the whole hierarchy visible', resource: project({ orgPolicyConstraints: [], orgPolicyAncestorsVisible: true }), evidencePath: 'config.orgPolicyConstraints' },
  ],
  notAssessed: [
    { name: 'org policies unreadable', resource: project({ orgPolicyConstraints: undefined }), evidencePath: 'config.orgPolicyConstraints' },
    { name: 'unset, ancestors outside the scope', resource: project({ orgPolicyConstraints: [], orgPolicyAncestorsVisible: false }), evidencePath: 'config.orgPolicyAncestorsVisible' },
  ],
});
