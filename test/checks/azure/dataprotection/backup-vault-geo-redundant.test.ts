import check from '../../../../checks/azure/dataprotection/backup-vault-geo-redundant.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'GRS with CRR', resource: backupVault() }],
  fail: [
    { name: 'LRS', resource: backupVault({ storageSettings: [{ datastoreType: 'VaultStore', type: 'LocallyRedundant' }] }), evidencePath: 'config.storageSettings' },
    { name: 'GRS, CRR not set', resource: backupVault({ crossRegionRestoreState: null }), evidencePath: 'config.crossRegionRestoreState' },
  ],
  notAssessed: [{ name: 'storage settings unknown', resource: backupVault({ storageSettings: undefined }), evidencePath: 'config.storageSettings' }],
});
