import check from '../../../../checks/azure/compute/virtual-machine-backup.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { vm } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'protected', resource: vm() }],
  fail: [{ name: 'not protected', resource: vm({ backupProtected: false }), evidencePath: 'config.backupProtected' }],
  notAssessed: [{ name: 'vault items unreadable', resource: vm({ backupProtected: undefined }), evidencePath: 'config.backupProtected' }],
});
