import check from '../../../../checks/azure/dataprotection/backup-vault-immutability.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Locked', resource: backupVault() }],
  fail: [{ name: 'Unlocked', resource: backupVault({ immutabilityState: 'Unlocked' }), evidencePath: 'config.immutabilityState' }, { name: 'never set', resource: backupVault({ immutabilityState: null }), evidencePath: 'config.immutabilityState' }],
  notAssessed: [{ name: 'unknown', resource: backupVault({ immutabilityState: undefined }), evidencePath: 'config.immutabilityState' }],
});
