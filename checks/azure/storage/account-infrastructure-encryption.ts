import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-infrastructure-encryption',
    title: 'Storage account holding ePHI has infrastructure (double) encryption',
    severity: 'medium',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): infrastructure encryption adds a second layer of AES-256 encryption with a different algorithm mode and key at the storage infrastructure level, so a compromise of one key or implementation does not expose ePHI. It can only be chosen when the account is created.',
    remediation: {
      summary: 'Create a new account with requireInfrastructureEncryption enabled and move the data (the setting cannot be changed later).',
      console: 'Create storage account > Encryption > Enable infrastructure encryption.',
      cli: 'az storage account create -g RG -n ACCOUNT --require-infrastructure-encryption true ...',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  infrastructure_encryption_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const enc = account.config.encryption;
    const path = 'config.encryption.requireInfrastructureEncryption';
    if (enc === undefined) return notAssessed('the account encryption settings could not be read', ['config.encryption', enc]);
    if (enc.requireInfrastructureEncryption === true) return pass('infrastructure encryption is required', [path, true]);
    return fail('infrastructure (double) encryption is not enabled', [path, enc.requireInfrastructureEncryption]);
  },
});
