import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'azure-cosmosdb-account-encrypted-at-rest',
    title: 'Cosmos DB account encrypts data at rest',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    platform: 'Azure Cosmos DB encrypts all data at rest, including backups, with service-managed keys; a customer-managed key adds a second layer. It cannot be turned off.',
    view: {
      console: 'Cosmos DB account > Settings > Data Encryption (read only).',
      cli: 'az cosmosdb show --name ACCOUNT --resource-group RG --query keyVaultKeyUri',
      terraform: '# Nothing to set: encryption at rest is always on. To add a customer-managed key: key_vault_key_id.',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/database-encryption-at-rest'],
  }),
  evaluate(account) {
    const v = account.config.keyVaultKeyUri;
    const path = 'config.keyVaultKeyUri';
    if (v === undefined) return notAssessed('the encryption settings could not be read', [path, v]);
    return pass(v ? 'data is encrypted at rest, with a customer-managed key over the service-managed encryption' : 'data is encrypted at rest with service-managed keys', [path, v]);
  },
});
