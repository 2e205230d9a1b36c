import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'azure-storage-account-encrypted-at-rest',
    title: 'Storage account encrypts data at rest (Azure Storage encryption)',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    platform: 'Azure Storage encrypts all data in every storage account at rest with 256-bit AES, with Microsoft-managed keys unless a Key Vault key is configured; it cannot be disabled.',
    view: {
      console: 'Storage account > Security + networking > Encryption (read only: Microsoft-managed or customer-managed keys).',
      cli: 'az storage account show --name ACCOUNT --query encryption.keySource',
      terraform: '# Nothing to set: Azure Storage encryption is always on. To use a Key Vault key: azurerm_storage_account_customer_managed_key.',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/storage-service-encryption'],
  }),
  evaluate(account) {
    const enc = account.config.encryption;
    const path = 'config.encryption.keySource';
    if (enc === undefined) return notAssessed('the encryption settings could not be read', ['config.encryption', enc]);
    return pass(enc.keySource === 'Microsoft.Keyvault' ? 'data is encrypted at rest with a customer-managed Key Vault key' : 'data is encrypted at rest with Microsoft-managed keys', [path, enc.keySource]);
  },
});
