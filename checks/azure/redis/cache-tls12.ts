import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-redis-cache-tls12',
    title: 'Azure Cache for Redis requires TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'redis',
    resourceTypes: ['azure.redis.cache'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'minimumTlsVersion 1.0 or 1.1 lets clients negotiate deprecated TLS versions (RFC 8996) on the TLS port.',
    remediation: {
      summary: 'Set the cache\'s minimum TLS version to 1.2.',
      console: 'Azure Cache for Redis > Settings > Advanced settings > Minimum TLS version: 1.2.',
      cli: 'az redis update -g RG -n CACHE --set minimumTlsVersion=1.2',
      terraform: 'resource "azurerm_redis_cache" "phi" {\n  minimum_tls_version = "1.2"\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11'],
  },
  evaluate(cache) {
    const v = cache.config.minimumTlsVersion;
    const path = 'config.minimumTlsVersion';
    if (v === undefined) return notAssessed('minimumTlsVersion could not be read', [path, v]);
    // Not set: the service default applies, which changed with the TLS 1.0/1.1 retirement and is not visible here.
    if (v === null) return notAssessed('no minimum TLS version is set on the cache, so the service default applies', [path, v]);
    const n = tlsNumber(v);
    if (n === undefined) return notAssessed(`unrecognised TLS version ${v}`, [path, v]);
    return n >= 1.2 ? pass(`minimum TLS version is ${v}`, [path, v]) : fail(`minimum TLS version is ${v}`, [path, v]);
  },
});
