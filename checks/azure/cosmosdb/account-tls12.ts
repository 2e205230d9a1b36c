import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-cosmosdb-account-tls12',
    title: 'Cosmos DB account requires TLS 1.2',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'minimalTlsVersion Tls or Tls11 lets clients negotiate TLS 1.0 or 1.1, which are deprecated (RFC 8996); Tls12 refuses them.',
    remediation: {
      summary: 'Set the account\'s minimal TLS version to Tls12.',
      console: 'Azure Cosmos DB account > Settings > Networking > Connectivity > Minimum TLS protocol: TLS 1.2.',
      cli: 'az cosmosdb update -g RG -n ACCOUNT --minimal-tls-version Tls12',
      terraform: 'resource "azurerm_cosmosdb_account" "phi" {\n  minimal_tls_version = "Tls12"\n}',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/self-serve-minimum-tls-enforcement'],
  },
  evaluate(account) {
    const v = account.config.minimalTlsVersion;
    const path = 'config.minimalTlsVersion';
    if (v === undefined) return notAssessed('minimalTlsVersion could not be read', [path, v]);
    // Not returned: the service default applies, which this scan cannot see.
    if (v === null) return notAssessed('minimalTlsVersion is not returned, so the service default applies', [path, v]);
    return v === 'Tls12' ? pass('TLS 1.2 is required', [path, v]) : fail(`TLS below 1.2 is accepted (${v})`, [path, v]);
  },
});
