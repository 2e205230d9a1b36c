import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-cmk',
    title: 'Storage account holding ePHI encrypts with a customer-managed key',
    severity: 'medium',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: CMK_RATIONALE,
    remediation: {
      summary: 'Set the account encryption key source to Microsoft.Keyvault with a key in Key Vault (grant the account\'s managed identity wrap/unwrap on the key).',
      console: 'Storage account > Security + networking > Encryption > Encryption type: Customer-managed keys > select the key vault and key.',
      cli: 'az storage account update -g RG -n ACCOUNT --encryption-key-source Microsoft.Keyvault --encryption-key-vault https://VAULT.vault.azure.net --encryption-key-name KEY',
      terraform: 'resource "azurerm_storage_account_customer_managed_key" "phi" {\n  storage_account_id = azurerm_storage_account.phi.id\n  key_vault_id       = azurerm_key_vault.phi.id\n  key_name           = azurerm_key_vault_key.phi.name\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const enc = account.config.encryption;
    if (enc === undefined) return notAssessed('the account encryption settings could not be read', ['config.encryption', enc]);
    if (enc.keySource === 'Microsoft.Keyvault') return pass('data is encrypted with a customer-managed Key Vault key', ['config.encryption.keySource', enc.keySource], ['config.encryption.keyVaultProperties', enc.keyVaultProperties]);
    return fail('data is encrypted with Microsoft-managed keys only', ['config.encryption.keySource', enc.keySource]);
  },
});
