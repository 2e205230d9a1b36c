import check from '../../../../checks/azure/dataprotection/backup-vault-soft-delete.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'AlwaysOn', resource: backupVault() }, { name: 'On', resource: backupVault({ softDeleteState: 'On' }) }],
  fail: [{ name: 'Off', resource: backupVault({ softDeleteState: 'Off' }), evidencePath: 'config.softDeleteState' }],
  notAssessed: [{ name: 'unknown', resource: backupVault({ softDeleteState: undefined }), evidencePath: 'config.softDeleteState' }],
});
