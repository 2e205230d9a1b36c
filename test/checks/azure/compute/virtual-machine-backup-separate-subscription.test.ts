import check from '../../../../checks/azure/compute/virtual-machine-backup-separate-subscription.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, RG, rsVault, vm } from '../_fixtures.js';

const VM_ID = `${RG}/providers/Microsoft.Compute/virtualMachines/vm1`;
const BACKUP_SUB = '00000000-0000-0000-0000-0000000000bb';
const remoteVault = rsVault({ protectedItemSourceIds: [VM_ID.toLowerCase()] }, { id: `/subscriptions/${BACKUP_SUB}/resourceGroups/backup/providers/Microsoft.RecoveryServices/vaults/central`, name: 'central', account: BACKUP_SUB });
const localVault = rsVault();
const phiVm = vm({}, { tags: PHI });

checkCases(check, {
  pass: [{ name: 'vault in the backup subscription', resource: phiVm, inventory: [remoteVault] }],
  fail: [{ name: 'vault in the VM\'s subscription', resource: phiVm, inventory: [localVault], evidencePath: 'inventory[azure.recoveryservices.vault].protectedItemSourceIds' }],
  notAssessed: [
    { name: 'no scanned vault protects it', resource: phiVm, inventory: [rsVault({ protectedItemSourceIds: [] })], evidencePath: 'inventory[azure.recoveryservices.vault].protectedItemSourceIds' },
    { name: 'a vault\'s items unreadable', resource: phiVm, inventory: [rsVault({ protectedItemSourceIds: undefined })], evidencePath: 'inventory[azure.recoveryservices.vault].protectedItemSourceIds' },
    { name: 'tags unreadable', resource: vm({}, { tags: undefined }), inventory: [localVault], evidencePath: 'tags' },
  ],
  notApplicable: [{ name: 'not ePHI', resource: vm(), inventory: [localVault] }],
});
