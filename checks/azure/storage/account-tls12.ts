import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

/** Azure Storage enforces TLS 1.2 on every account from this date (the retirement of TLS 1.0 and 1.1). */
const PLATFORM_TLS12 = Date.parse('2026-02-03T00:00:00Z');

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
    rationale: 'TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). Until 3 February 2026 an account without minimumTlsVersion TLS1_2 negotiated them with clients that asked. Since that date Azure Storage refuses TLS 1.0 and 1.1 on every account in every Azure cloud, whatever minimumTlsVersion says: for a run on or after that date a lower or unset value no longer lets weak TLS through and the check passes, saying so (set TLS1_2 anyway, so the configuration states what is enforced); for a run clock before it, such a value fails.',
    remediation: {
      summary: 'Set the minimum TLS version of the account to TLS 1.2.',
      console: 'Storage account > Settings > Configuration > Minimum TLS version: Version 1.2.',
      cli: 'az storage account update -g RG -n ACCOUNT --min-tls-version TLS1_2',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  min_tls_version = "TLS1_2"\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version', 'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-client-version'],
  },
  evaluate(account, ctx) {
    const v = account.config.minimumTlsVersion;
    const path = 'config.minimumTlsVersion';
    if (v === undefined) return notAssessed('minimumTlsVersion could not be read', [path, v]);
    const n = v === null ? undefined : tlsNumber(v);
    if (v !== null && n === undefined) return notAssessed(`unrecognised TLS version ${v}`, [path, v]);
    if (n !== undefined && n >= 1.2) return pass(`minimum TLS version is ${v}`, [path, v]);
    const setting = v === null ? 'no minimum TLS version is set' : `minimum TLS version is ${v}`;
    if (ctx.now.getTime() >= PLATFORM_TLS12) return pass(`${setting}, but Azure Storage has refused TLS 1.0 and 1.1 on every account since 3 February 2026; set TLS1_2 so the configuration says what is enforced`, [path, v]);
    return fail(`${setting}, so TLS 1.0 and 1.1 are accepted`, [path, v]);
  },
});
