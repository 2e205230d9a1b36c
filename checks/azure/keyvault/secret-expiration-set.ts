import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-secret-expiration-set',
    title: 'Key Vault secret has an expiration date',
    severity: 'low',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.secret'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM: a secret (connection string, password, API key to a system holding ePHI) with an expiration date has to be rotated, so a leaked or forgotten credential stops working instead of granting access forever. Azure Policy "Key Vault secrets should have an expiration date" (in the HIPAA HITRUST initiative), CIS Microsoft Azure Foundations 8.3-8.4 and Prowler (keyvault_rbac_secret_expiration_set, keyvault_non_rbac_secret_expiration_set) check it. Only the secret\'s attributes are read, never its value.',
    remediation: {
      summary: 'Set an expiration date on the secret, and rotate it (a new version with a new expiry) before it expires.',
      console: 'Key vault > Objects > Secrets > secret > current version > Set expiration date > Save.',
      cli: 'az keyvault secret set-attributes --vault-name VAULT -n SECRET --expires 2027-12-31T00:00:00Z',
      terraform: 'resource "azurerm_key_vault_secret" "db" {\n  expiration_date = "2027-12-31T00:00:00Z"\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/secrets/about-secrets', 'https://learn.microsoft.com/rest/api/keyvault/keyvault/secrets/list'],
  },
  evaluate(secret) {
    if (secret.config.enabled === false) return notApplicable('the secret is disabled');
    const expires = secret.config.expires;
    const path = 'config.expires';
    if (expires === undefined) return notAssessed('the secret attributes could not be read', [path, expires]);
    return expires === null ? fail('the secret never expires', [path, expires]) : pass(`the secret expires ${expires}`, [path, expires]);
  },
});
