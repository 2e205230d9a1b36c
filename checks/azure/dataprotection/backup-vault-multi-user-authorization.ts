import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateResourceGuard, MUA_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-dataprotection-backup-vault-multi-user-authorization',
    title: 'Backup vault is protected by a Resource Guard (multi-user authorization)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'dataprotection',
    resourceTypes: ['azure.dataprotection.backup-vault'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: `${MUA_RATIONALE} Azure Policy: "Multi-User Authorization (MUA) must be enabled for Backup Vaults".`,
    remediation: {
      summary: 'Create a Resource Guard in a separate (security team) subscription and associate it with the Backup vault.',
      console: 'Backup vault > Properties > Multi-user authorization > Update > select the Resource Guard > Save.',
      cli: 'az dataprotection backup-vault resource-guard-mapping create -g RG --vault-name VAULT --resource-guard-id RESOURCE_GUARD_ID',
      terraform: '# azurerm has no Resource Guard association for Backup vaults: use azapi.\nresource "azapi_resource" "guard_proxy" {\n  type      = "Microsoft.DataProtection/backupVaults/backupResourceGuardProxies@2024-04-01"\n  name      = "DppResourceGuardProxy"\n  parent_id = azurerm_data_protection_backup_vault.phi.id\n  body = { properties = { resourceGuardResourceId = azurerm_data_protection_resource_guard.security.id } }\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/multi-user-authorization-concept', 'https://learn.microsoft.com/rest/api/dataprotection/dpp-resource-guard-proxy/list'],
  },
  evaluate: (vault) => evaluateResourceGuard(vault.config.resourceGuardIds, vault.account),
});
