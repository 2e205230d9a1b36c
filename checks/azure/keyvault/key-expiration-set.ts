import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-key-expiration-set',
    title: 'Key Vault key has an expiration date',
    severity: 'low',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.key'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): an expiration date bounds how long a key version can be used to encrypt, so a key nobody rotates stops being used instead of protecting ePHI forever. Azure Policy "Key Vault keys should have an expiration date" (in the HIPAA HITRUST initiative), CIS Microsoft Azure Foundations 8.1-8.2 and Prowler (keyvault_key_expiration_set_in_non_rbac, keyvault_rbac_key_expiration_set) check it. Set it together with a rotation policy, or services that use the key fail when it expires.',
    remediation: {
      summary: 'Set an expiration date on the key (and a rotation policy that renews it before expiry).',
      console: 'Key vault > Objects > Keys > key > current version > Set expiration date > Save.',
      cli: 'az keyvault key set-attributes --vault-name VAULT -n KEY --expires 2027-12-31T00:00:00Z',
      terraform: 'resource "azurerm_key_vault_key" "phi" {\n  expiration_date = "2027-12-31T00:00:00Z"\n  rotation_policy {\n    automatic { time_before_expiry = "P30D" }\n    expire_after = "P1Y"\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/keys/about-keys-details', 'https://learn.microsoft.com/rest/api/keyvault/keyvault/keys/get'],
  },
  evaluate(key) {
    if (key.config.enabled === false) return notApplicable('the key is disabled');
    const expires = key.config.expires;
    const path = 'config.expires';
    if (expires === undefined) return notAssessed('the key attributes could not be read', [path, expires]);
    return expires === null ? fail('the key never expires', [path, expires]) : pass(`the key expires ${expires}`, [path, expires]);
  },
});
