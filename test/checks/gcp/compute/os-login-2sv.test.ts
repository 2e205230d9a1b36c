import check from '../../../../checks/gcp/compute/os-login-2sv.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'OS Login and 2FA metadata', resource: project({ computeMetadata: { 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' } }) },
    { name: 'OS Login required by org policy, 2FA metadata', resource: project({ computeMetadata: { 'enable-oslogin-2fa': 'true' }, orgPolicyConstraints: [{ constraint: 'constraints/compute.requireOsLogin', enforced: true, setOn: 'organizations/9' }] }) },
  ],
  fail: [
    { name: 'OS Login off', resource: project({ computeMetadata: {} }), evidencePath: 'config.computeMetadata.enable-oslogin' },
    { name: 'OS Login without 2FA', resource: project({ computeMetadata: { 'enable-oslogin': 'TRUE' } }), evidencePath: 'config.computeMetadata.enable-oslogin-2fa' },
  ],
  notAssessed: [
    { name: 'metadata unreadable', resource: project({ computeMetadata: undefined }), evidencePath: 'config.computeMetadata' },
    { name: 'Compute Engine not in use: 2SV lives in the Admin console', resource: project({ computeMetadata: null }), evidencePath: 'config.computeMetadata' },
  ],
});
