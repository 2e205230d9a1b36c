import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-cmk',
    title: 'Azure SQL server holding ePHI protects TDE with a customer-managed key',
    severity: 'medium',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMK_RATIONALE} For Azure SQL the TDE protector (encryptionProtector) wraps every database encryption key on the server.`,
    remediation: {
      summary: 'Set the server\'s TDE protector to a Key Vault key (the server identity needs get, wrapKey and unwrapKey).',
      console: 'SQL server > Security > Transparent data encryption > Customer-managed key > select the key.',
      cli: 'az sql server tde-key set -g RG -s SERVER --server-key-type AzureKeyVault --kid https://VAULT.vault.azure.net/keys/KEY/VERSION',
      terraform: 'resource "azurerm_mssql_server_transparent_data_encryption" "phi" {\n  server_id        = azurerm_mssql_server.phi.id\n  key_vault_key_id = azurerm_key_vault_key.tde.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview'],
  },
  evaluate(server, ctx) {
    const na = ephiOnly(server, ctx);
    if (na) return na;
    const v = server.config.encryptionProtectorKeyType;
    const path = 'config.encryptionProtectorKeyType';
    if (v === undefined) return notAssessed('the TDE protector (encryptionProtector) could not be read', [path, v]);
    return v === 'AzureKeyVault' ? pass('the TDE protector is a customer-managed Key Vault key', [path, v]) : fail('TDE uses a service-managed key', [path, v]);
  },
});
