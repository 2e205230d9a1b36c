import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-cosmosdb-account-cmk',
    title: 'Cosmos DB account holding ePHI encrypts with a customer-managed key',
    severity: 'medium',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMK_RATIONALE} Cosmos DB adds the customer-managed key (keyVaultKeyUri) as a second layer over the service-managed encryption.`,
    remediation: {
      summary: 'Configure the account with a Key Vault key (keyVaultKeyUri) and an identity allowed to wrap/unwrap it.',
      console: 'Azure Cosmos DB account > Settings > Data Encryption > Customer-managed key > select the key.',
      cli: 'az cosmosdb update -g RG -n ACCOUNT --key-uri https://VAULT.vault.azure.net/keys/KEY',
      terraform: 'resource "azurerm_cosmosdb_account" "phi" {\n  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n}',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const v = account.config.keyVaultKeyUri;
    const path = 'config.keyVaultKeyUri';
    if (v === undefined) return notAssessed('keyVaultKeyUri could not be read', [path, v]);
    return v ? pass('data is encrypted with a customer-managed key', [path, v]) : fail('data is encrypted with service-managed keys only', [path, v]);
  },
});
