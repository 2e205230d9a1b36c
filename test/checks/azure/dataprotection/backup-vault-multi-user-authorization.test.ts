import check from '../../../../checks/azure/dataprotection/backup-vault-multi-user-authorization.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'guarded', resource: backupVault() }],
  fail: [{ name: 'no Resource Guard', resource: backupVault({ resourceGuardIds: [] }), evidencePath: 'config.resourceGuardIds' }],
  notAssessed: [{ name: 'proxies unreadable (or Terraform, which cannot declare one)', resource: backupVault({ resourceGuardIds: undefined }), evidencePath: 'config.resourceGuardIds' }],
});
