import { defineCheck } from '../../../src/engine/check-api.js';

import { evaluateImmutability, IMMUTABILITY_OPTIONS, IMMUTABILITY_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-vault-immutability',
    title: 'Recovery Services vault is immutable and locked',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: IMMUTABILITY_RATIONALE,
    remediation: {
      summary: 'Enable immutability on the vault and lock it once retention settings are final (locking is irreversible).',
      console: 'Recovery Services vault > Settings > Properties > Immutable vault > Settings > Enable vault immutability; then Lock.',
      cli: 'az backup vault update -g RG -n VAULT --immutability-state Locked',
      terraform: 'resource "azurerm_recovery_services_vault" "phi" {\n  immutability = "Locked"\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept'],
    defaultOptions: IMMUTABILITY_OPTIONS,
  },
  evaluate: (vault, ctx) => evaluateImmutability(vault.config.immutabilityState, ctx.options.requireLocked !== false),
});
