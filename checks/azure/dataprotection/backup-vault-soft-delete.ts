import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

import { SOFT_DELETE_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-dataprotection-backup-vault-soft-delete',
    title: 'Backup vault has soft delete on',
    severity: 'high',
    provider: 'azure',
    service: 'dataprotection',
    resourceTypes: ['azure.dataprotection.backup-vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: SOFT_DELETE_RATIONALE,
    remediation: {
      summary: 'Set the vault soft delete state to On (or AlwaysOn) with at least 14 days of retention.',
      console: 'Backup vault > Settings > Properties > Soft delete > Update > Enable soft delete; Enable always-on soft delete.',
      cli: 'az dataprotection backup-vault update -g RG --vault-name VAULT --soft-delete-state AlwaysOn --retention-duration-in-days 14',
      terraform: 'resource "azurerm_data_protection_backup_vault" "phi" {\n  soft_delete                = "AlwaysOn"\n  retention_duration_in_days = 14\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-enhanced-soft-delete-about'],
  },
  evaluate(vault) {
    const v = vault.config.softDeleteState;
    const path = 'config.softDeleteState';
    if (v === undefined) return notAssessed('the vault security settings could not be read', [path, v]);
    if (v === 'On' || v === 'AlwaysOn') return pass(`soft delete is ${v}, ${vault.config.softDeleteRetentionDurationInDays ?? 14} day(s)`, [path, v]);
    return fail('soft delete is off', [path, v]);
  },
});
