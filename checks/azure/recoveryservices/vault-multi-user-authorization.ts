import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateResourceGuard, MUA_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-vault-multi-user-authorization',
    title: 'Recovery Services vault is protected by a Resource Guard (multi-user authorization)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: `${MUA_RATIONALE} Azure Policy: "Multi-User Authorization (MUA) must be enabled for Recovery Services Vaults".`,
    remediation: {
      summary: 'Create a Resource Guard in a separate (security team) subscription and associate it with the vault.',
      console: 'Recovery Services vault > Properties > Multi-User Authorization > Update > select the Resource Guard (in the security subscription) > Save.',
      cli: 'az backup vault resource-guard-mapping update -g RG -n VAULT --resource-guard-id RESOURCE_GUARD_ID',
      terraform: 'resource "azurerm_recovery_services_vault_resource_guard_association" "phi" {\n  vault_id          = azurerm_recovery_services_vault.phi.id\n  resource_guard_id = azurerm_data_protection_resource_guard.security.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/multi-user-authorization-concept', 'https://learn.microsoft.com/rest/api/backup/resource-guard-proxy/get'],
  },
  evaluate: (vault) => evaluateResourceGuard(vault.config.resourceGuardIds, vault.account),
});
