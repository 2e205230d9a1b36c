import check from '../../../../checks/azure/recoveryservices/vault-geo-redundant.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { rsVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'GRS with CRR', resource: rsVault() }],
  fail: [
    { name: 'LRS', resource: rsVault({ standardTierStorageRedundancy: 'LocallyRedundant', crossRegionRestore: 'Disabled' }), evidencePath: 'config.standardTierStorageRedundancy' },
    { name: 'GRS without CRR', resource: rsVault({ crossRegionRestore: 'Disabled' }), evidencePath: 'config.crossRegionRestore' },
  ],
  notAssessed: [{ name: 'GRS, CRR unknown', resource: rsVault({ crossRegionRestore: undefined }), evidencePath: 'config.crossRegionRestore' }],
});
