import check from '../../../../checks/gcp/compute/os-login-2sv.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const ON = { 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' };
const REQUIRED = [{ constraint: 'constraints/compute.requireOsLogin', enforced: true, setOn: 'organizations/9' }];
const vm = (name: string, enableOsLogin: string | null, enableOsLogin2fa: string | null) => ({ instance: `//compute.googleapis.com/projects/phi-prod/zones/us-central1-a/instances/${name}`, enableOsLogin, enableOsLogin2fa });

checkCases(check, {
  pass: [
    { name: 'OS Login and 2FA metadata', resource: project({ computeMetadata: ON }) },
    { name: 'OS Login required by org policy, 2FA metadata', resource: project({ computeMetadata: { 'enable-oslogin-2fa': 'true' }, orgPolicyConstraints: REQUIRED }) },
    { name: 'a VM that repeats the project setting', resource: project({ computeMetadata: ON, vmOsLoginOverrides: [vm('a', 'TRUE', null)] }) },
    { name: 'a VM turning OS Login off is ignored when the constraint requires it', resource: project({ computeMetadata: ON, orgPolicyConstraints: REQUIRED, vmOsLoginOverrides: [vm('a', 'FALSE', null)] }) },
  ],
  fail: [
    { name: 'OS Login off', resource: project({ computeMetadata: {} }), evidencePath: 'config.computeMetadata.enable-oslogin' },
    { name: 'OS Login without 2FA', resource: project({ computeMetadata: { 'enable-oslogin': 'TRUE' } }), evidencePath: 'config.computeMetadata.enable-oslogin-2fa' },
    { name: 'a VM with enable-oslogin=FALSE overrides the project', resource: project({ computeMetadata: ON, vmOsLoginOverrides: [vm('a', 'TRUE', null), vm('legacy', 'FALSE', null)] }), evidencePath: 'config.vmOsLoginOverrides' },
    { name: 'a VM with enable-oslogin-2fa=FALSE, even under the constraint', resource: project({ computeMetadata: ON, orgPolicyConstraints: REQUIRED, vmOsLoginOverrides: [vm('b', null, 'FALSE')] }), evidencePath: 'config.vmOsLoginOverrides' },
  ],
  notAssessed: [
    { name: 'metadata unreadable', resource: project({ computeMetadata: undefined }), evidencePath: 'config.computeMetadata' },
    { name: 'Compute Engine not in use: 2SV lives in the Admin console', resource: project({ computeMetadata: null }), evidencePath: 'config.computeMetadata' },
    { name: 'VM metadata not read', resource: project({ computeMetadata: ON, vmOsLoginOverrides: undefined }), evidencePath: 'config.vmOsLoginOverrides' },
  ],
});
