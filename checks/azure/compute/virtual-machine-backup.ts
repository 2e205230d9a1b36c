import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-backup',
    title: 'VM is protected by Azure Backup',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['backup-procedures'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Restoring a system within 72 hours needs a recent, restorable copy outside the system itself. A VM that no Recovery Services vault protects has no such copy: its disks and snapshots share its fate and its administrators. Being backed up is not separation by itself: the vault shares the subscription\'s administrators unless it is immutable and soft-delete protected (see the vault checks).',
    remediation: {
      summary: 'Enable Azure Backup for the VM in a Recovery Services vault (with soft delete, immutability and geo-redundancy).',
      console: 'Virtual machine > Operations > Backup > select the Recovery Services vault and a backup policy > Enable backup.',
      cli: 'az backup protection enable-for-vm -g VAULT_RG --vault-name VAULT --vm VM_ID --policy-name DefaultPolicy',
      terraform: 'resource "azurerm_backup_protected_vm" "phi" {\n  resource_group_name = azurerm_recovery_services_vault.v.resource_group_name\n  recovery_vault_name = azurerm_recovery_services_vault.v.name\n  source_vm_id        = azurerm_linux_virtual_machine.phi.id\n  backup_policy_id    = azurerm_backup_policy_vm.daily.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction', 'https://learn.microsoft.com/azure/backup/quick-backup-vm-portal'],
  },
  evaluate(vm) {
    const v = vm.config.backupProtected;
    const path = 'config.backupProtected';
    if (v === undefined) return notAssessed('Recovery Services vault backup items could not all be read', [path, v]);
    return v ? pass('a Recovery Services vault protects the VM', [path, v]) : fail('no Recovery Services vault protects the VM', [path, v]);
  },
});
