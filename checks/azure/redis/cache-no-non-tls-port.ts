import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-redis-cache-no-non-tls-port',
    title: 'Azure Cache for Redis has the non-TLS port (6379) disabled',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'redis',
    resourceTypes: ['azure.redis.cache'],
    requirements: ['encryption-in-transit', 'disable-unused-ports'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'enableNonSslPort opens port 6379 without TLS, so the access key and every cached value (often session data and ePHI) cross the network in clear text.',
    remediation: {
      summary: 'Disable the non-TLS port and connect over 6380 with TLS.',
      console: 'Azure Cache for Redis > Settings > Advanced settings > Allow access only via SSL: Yes.',
      cli: 'az redis update -g RG -n CACHE --set enableNonSslPort=false',
      terraform: 'resource "azurerm_redis_cache" "phi" {\n  non_ssl_port_enabled = false\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports'],
  },
  evaluate(cache) {
    const v = cache.config.enableNonSslPort;
    const path = 'config.enableNonSslPort';
    if (v === undefined) return notAssessed('enableNonSslPort could not be read', [path, v]);
    return v === true ? fail('the non-TLS port 6379 is open', [path, v]) : pass('only the TLS port is open', [path, v]);
  },
});
