import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

import { SOFT_DELETE_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-vault-soft-delete',
    title: 'Recovery Services vault has soft delete on',
    severity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: SOFT_DELETE_RATIONALE,
    remediation: {
      summary: 'Enable soft delete (preferably AlwaysOn) with at least 14 days of retention.',
      console: 'Recovery Services vault > Settings > Properties > Security settings > Soft delete: Enable soft delete and security settings for cloud and hybrid workloads; Enable always-on soft delete.',
      cli: 'az backup vault backup-properties set -g RG -n VAULT --soft-delete-state AlwaysON --soft-delete-duration 14',
      terraform: 'resource "azurerm_recovery_services_vault" "phi" {\n  soft_delete_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-security-feature-cloud', 'https://learn.microsoft.com/azure/backup/secure-by-default'],
  },
  evaluate(vault) {
    const v = vault.config.softDeleteState;
    const path = 'config.softDeleteState';
    if (v === undefined) return notAssessed('the vault security settings could not be read', [path, v]);
    if (v === 'Enabled' || v === 'AlwaysON') return pass(`soft delete is ${v}, ${vault.config.softDeleteRetentionPeriodInDays ?? 14} day(s)`, [path, v]);
    return fail(`soft delete is ${v}`, [path, v]);
  },
});
