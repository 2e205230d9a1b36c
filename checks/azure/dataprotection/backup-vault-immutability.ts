import { defineCheck } from '../../../src/engine/check-api.js';

import { evaluateImmutability, IMMUTABILITY_OPTIONS, IMMUTABILITY_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-dataprotection-backup-vault-immutability',
    title: 'Backup vault is immutable and locked',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'dataprotection',
    resourceTypes: ['azure.dataprotection.backup-vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: IMMUTABILITY_RATIONALE,
    remediation: {
      summary: 'Enable immutability on the Backup vault and lock it once retention settings are final (locking is irreversible).',
      console: 'Backup vault > Settings > Properties > Immutable vault > Settings > Enable vault immutability; then Lock.',
      cli: 'az dataprotection backup-vault update -g RG --vault-name VAULT --immutability-state Locked',
      terraform: 'resource "azurerm_data_protection_backup_vault" "phi" {\n  immutability = "Locked"\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept'],
    defaultOptions: IMMUTABILITY_OPTIONS,
  },
  evaluate: (vault, ctx) => evaluateImmutability(vault.config.immutabilityState, ctx.options.requireLocked !== false),
});
