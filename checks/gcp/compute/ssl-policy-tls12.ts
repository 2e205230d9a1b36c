import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export const STRONG_TLS = ['TLS_1_2', 'TLS_1_3'];

export default defineCheck({
  meta: {
    id: 'gcp-compute-ssl-policy-tls12',
    title: 'Load balancer SSL policy requires TLS 1.2 or later',
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.ssl-policy'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and fail NIST SP 800-52r2, the guidance HHS points to for encrypting data in motion; the NPRM proposes encryption of ePHI in transit (164.312(b)(2)) without naming a version. The SSL policy minimum version decides what clients can negotiate with the load balancer.',
    remediation: {
      summary: 'Set the SSL policy minimum TLS version to TLS 1.2.',
      console: 'Network security > SSL policies > policy > Edit > Minimum TLS version: TLS 1.2.',
      cli: 'gcloud compute ssl-policies update POLICY --min-tls-version=1.2',
      terraform: 'resource "google_compute_ssl_policy" "x" {\n  min_tls_version = "TLS_1_2"\n  profile         = "MODERN"\n}',
    },
    references: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts', 'https://cloud.google.com/load-balancing/docs/use-ssl-policies'],
  },
  evaluate(policy) {
    const v = policy.config.minTlsVersion;
    const path = 'config.minTlsVersion';
    if (v === undefined) return notAssessed('the minimum TLS version could not be read', [path, v]);
    return STRONG_TLS.includes(v) ? pass(`minimum TLS version ${v}`, [path, v]) : fail(`minimum TLS version ${v} admits deprecated protocols`, [path, v]);
  },
});
