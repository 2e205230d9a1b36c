import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-vault-purge-protection',
    title: 'Key Vault has purge protection enabled',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.vault'],
    requirements: ['integrity', 'key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'Without purge protection, anyone with purge permission (or an attacker holding it) can permanently delete a soft-deleted key before its retention period ends, destroying every copy of the ePHI encrypted with it. Customer-managed key encryption for Storage, SQL and disks requires purge protection.',
    remediation: {
      summary: 'Enable purge protection on the vault (it cannot be turned off afterwards).',
      console: 'Key vault > Settings > Properties > Purge protection: Enable purge protection.',
      cli: 'az keyvault update -g RG -n VAULT --enable-purge-protection true',
      terraform: 'resource "azurerm_key_vault" "phi" {\n  purge_protection_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection'],
  },
  evaluate(vault) {
    const v = vault.config.enablePurgeProtection;
    const path = 'config.enablePurgeProtection';
    if (v === undefined) return notAssessed('the vault properties could not be read', [path, v]);
    return v === true ? pass('purge protection is on', [path, v]) : fail('purge protection is off', [path, v]);
  },
});
