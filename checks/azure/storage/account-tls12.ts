import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-tls12',
    title: 'Storage account requires TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). Microsoft stopped supporting them for Azure Storage after 3 February 2026; minimumTlsVersion TLS1_2 states the same floor in the account\'s own configuration, which is what infrastructure as code and policy can verify.',
    remediation: {
      summary: 'Set the minimum TLS version of the account to TLS 1.2.',
      console: 'Storage account > Settings > Configuration > Minimum TLS version: Version 1.2.',
      cli: 'az storage account update -g RG -n ACCOUNT --min-tls-version TLS1_2',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  min_tls_version = "TLS1_2"\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version'],
  },
  evaluate(account) {
    const v = account.config.minimumTlsVersion;
    const path = 'config.minimumTlsVersion';
    if (v === undefined) return notAssessed('minimumTlsVersion could not be read', [path, v]);
    if (v === null) return fail('no minimum TLS version is set, so TLS 1.0 and 1.1 are accepted', [path, v]);
    const n = tlsNumber(v);
    if (n === undefined) return notAssessed(`unrecognised TLS version ${v}`, [path, v]);
    return n >= 1.2 ? pass(`minimum TLS version is ${v}`, [path, v]) : fail(`minimum TLS version is ${v}`, [path, v]);
  },
});
