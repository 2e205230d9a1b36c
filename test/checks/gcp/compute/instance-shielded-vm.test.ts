import check from '../../../../checks/gcp/compute/instance-shielded-vm.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { instance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'all three on', resource: instance() }],
  fail: [
    { name: 'Secure Boot off (the default)', resource: instance({ shieldedSecureBoot: false }), evidencePath: 'config.shieldedInstanceConfig' },
    { name: 'integrity monitoring off', resource: instance({ shieldedIntegrityMonitoring: false }), evidencePath: 'config.shieldedInstanceConfig' },
    { name: 'not a Shielded VM', resource: instance({ shieldedSecureBoot: null, shieldedVtpm: null, shieldedIntegrityMonitoring: null }), evidencePath: 'config.shieldedInstanceConfig' },
  ],
  notAssessed: [{ name: 'options unreadable', resource: instance({ shieldedVtpm: undefined }), evidencePath: 'config.shieldedInstanceConfig' }],
});
