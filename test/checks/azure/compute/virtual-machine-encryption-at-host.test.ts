import check from '../../../../checks/azure/compute/virtual-machine-encryption-at-host.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, vm } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI VM with encryption at host', resource: vm({}, { tags: PHI }) }],
  fail: [
    { name: 'not set', resource: vm({ encryptionAtHost: null }, { tags: PHI }), evidencePath: 'config.encryptionAtHost' },
    { name: 'false', resource: vm({ encryptionAtHost: false }, { tags: PHI }), evidencePath: 'config.encryptionAtHost' },
  ],
  notAssessed: [{ name: 'unknown', resource: vm({ encryptionAtHost: undefined }, { tags: PHI }), evidencePath: 'config.encryptionAtHost' }],
  notApplicable: [{ name: 'VM without ePHI tags', resource: vm({ encryptionAtHost: null }) }],
});
