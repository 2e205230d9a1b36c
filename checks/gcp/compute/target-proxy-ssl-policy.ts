import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

import { STRONG_TLS } from './ssl-policy-tls12.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-target-proxy-ssl-policy',
    title: 'HTTPS or SSL proxy has an SSL policy that requires TLS 1.2 or later',
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.target-proxy'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'A target HTTPS or SSL proxy without an SSL policy uses the Google default policy: TLS 1.0 minimum with the COMPATIBLE profile. ePHI endpoints need a policy that sets TLS 1.2 or later.',
    remediation: {
      summary: 'Attach an SSL policy with minimum TLS 1.2 and the MODERN or RESTRICTED profile to the proxy.',
      console: 'Network services > Load balancing > load balancer > Edit > Frontend configuration > SSL policy.',
      cli: 'gcloud compute target-https-proxies update PROXY --ssl-policy=POLICY',
      terraform: 'resource "google_compute_target_https_proxy" "x" {\n  ssl_policy = google_compute_ssl_policy.tls12.id\n}',
    },
    references: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defaultsslpolicy', 'https://cloud.google.com/load-balancing/docs/use-ssl-policies'],
  },
  lookups: { types: ['gcp.compute.ssl-policy'] },
  evaluate(proxy, ctx) {
    const ref = proxy.config.sslPolicy;
    const path = 'config.sslPolicy';
    if (ref === undefined) return notAssessed('the SSL policy attachment could not be read', [path, ref]);
    if (ref === null) return fail('no SSL policy: the Google default (TLS 1.0, COMPATIBLE) applies', [path, ref]);
    const policy = ctx.inventory.byId(ref);
    if (policy?.type !== 'gcp.compute.ssl-policy') return notAssessed('the attached SSL policy was not collected', [path, ref]);
    const min = (policy.config as { minTlsVersion?: string }).minTlsVersion;
    if (min === undefined) return notAssessed('the attached SSL policy minimum TLS version is unknown', [path, ref], ['sslPolicy.minTlsVersion', min]);
    return STRONG_TLS.includes(min) ? pass(`SSL policy ${policy.name} requires ${min}`, [path, ref], ['sslPolicy.minTlsVersion', min]) : fail(`SSL policy ${policy.name} allows ${min}`, [path, ref], ['sslPolicy.minTlsVersion', min]);
  },
});
