import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-vault-soft-delete',
    title: 'Key Vault keeps deleted keys and secrets recoverable (soft delete)',
    severity: 'high',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.vault'],
    requirements: ['integrity', 'key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'A deleted customer-managed key makes every storage account, disk and database encrypted with it unreadable. Soft delete keeps deleted vaults, keys and secrets recoverable for 7 to 90 days. It is on by default and cannot be turned off on vaults since 2020, but older vaults may still report it off.',
    remediation: {
      summary: 'Enable soft delete on the vault (irreversible) with a retention of 90 days.',
      console: 'Key vault > Settings > Properties > Soft-delete: enabled (older vaults: enable through the CLI).',
      cli: 'az keyvault update -g RG -n VAULT --enable-soft-delete true',
      terraform: 'resource "azurerm_key_vault" "phi" {\n  soft_delete_retention_days = 90\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview'],
  },
  evaluate(vault) {
    const v = vault.config.enableSoftDelete;
    const path = 'config.enableSoftDelete';
    if (v === undefined) return notAssessed('the vault properties could not be read', [path, v]);
    // Not returned (null) on current API versions means the service default, which is on and mandatory.
    if (v === false) return fail('soft delete is off: deleted keys are lost at once', [path, v]);
    return pass(`soft delete is on${v === null ? ' (service default)' : ''}, ${vault.config.softDeleteRetentionInDays ?? 90} day(s) retention`, [path, v]);
  },
});
