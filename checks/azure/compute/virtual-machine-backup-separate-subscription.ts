import { defineCheck, ephiOnly, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-backup-separate-subscription',
    title: 'VM with ePHI is backed up to a vault in another subscription',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'The NPRM proposes that backups be kept under technical controls separate from those of the systems they copy (proposed 164.312(i)-(j)). A Recovery Services vault in the VM\'s own subscription usually shares its owners and contributors: whoever can delete the VM can often delete or disable its backups too. Azure Backup\'s cross-subscription backup puts the vault in a dedicated backup subscription with its own administrators. This is good practice that evidences separate controls, not a quoted requirement; immutability, soft delete and multi-user authorization on the vault separate control too (see the vault checks). A VM is protected by one vault at a time, so a vault in the same subscription settles the finding; when no scanned vault protects the VM, the vault may be in a subscription not scanned, so the result is not assessed.',
    remediation: {
      summary: 'Protect the VM from a Recovery Services vault in a dedicated backup subscription (cross-subscription backup), administered by people other than the workload\'s.',
      console: 'Backup center > + Backup > Datasource type: Azure Virtual machines > select the vault in the backup subscription > Select VMs (across subscriptions) > Enable backup.',
      cli: 'az backup protection enable-for-vm -g BACKUP_RG --vault-name BACKUP_VAULT --vm /subscriptions/WORKLOAD_SUB/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/VM --policy-name daily-phi',
      terraform: 'resource "azurerm_backup_protected_vm" "phi" {\n  provider            = azurerm.backup   # the backup subscription\n  resource_group_name = azurerm_recovery_services_vault.backup.resource_group_name\n  recovery_vault_name = azurerm_recovery_services_vault.backup.name\n  source_vm_id        = azurerm_linux_virtual_machine.phi.id\n  backup_policy_id    = azurerm_backup_policy_vm.daily.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction', 'https://learn.microsoft.com/azure/backup/backup-support-matrix-iaas'],
  },
  lookups: { types: ['azure.recoveryservices.vault'] },
  evaluate(vm, ctx) {
    const scope = ephiOnly(vm, ctx);
    if (scope) return scope;
    const vaults = ctx.inventory.ofType('azure.recoveryservices.vault');
    const id = vm.id.toLowerCase();
    const protecting = vaults.filter((v) => v.config.protectedItemSourceIds?.some((s) => s.toLowerCase() === id));
    const path = 'inventory[azure.recoveryservices.vault].protectedItemSourceIds';
    const account = (vm.account ?? '').toLowerCase();
    const elsewhere = protecting.filter((v) => (v.account ?? '').toLowerCase() !== account);
    if (elsewhere.length > 0) return pass(`backed up to ${elsewhere.map((v) => v.name).join(', ')} in subscription ${elsewhere[0]?.account ?? ''}`, [path, elsewhere.map((v) => v.id)]);
    if (protecting.length > 0) return fail(`backed up only to ${protecting.map((v) => v.name).join(', ')}, in the VM's own subscription`, [path, protecting.map((v) => v.id)]);
    const unread = vaults.filter((v) => v.config.protectedItemSourceIds === undefined).map((v) => v.id);
    if (unread.length > 0 || ctx.gaps.some((g) => g.resourceTypes.includes('azure.recoveryservices.vault'))) return notAssessed('some Recovery Services vaults or their protected items could not be read', [path, unread]);
    return notAssessed('no scanned Recovery Services vault protects this VM: its vault may be in a subscription not scanned (azure-compute-virtual-machine-backup reports VMs without backup)', [path, []]);
  },
});
