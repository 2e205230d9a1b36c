import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

/** Features that are CBC-mode, 3DES or static-RSA key exchange. */
const WEAK = /CBC|3DES|^TLS_RSA_WITH_/;

export default defineCheck({
  meta: {
    id: 'gcp-compute-ssl-policy-strong-profile',
    title: 'Load balancer SSL policy uses the MODERN or RESTRICTED profile (no weak ciphers)',
    severity: 'medium',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.ssl-policy'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'The COMPATIBLE profile enables CBC-mode and 3DES suites and RSA key exchange without forward secrecy. MODERN or RESTRICTED (or a CUSTOM list without those suites) keeps ePHI sessions on AEAD ciphers with forward secrecy.',
    remediation: {
      summary: 'Set the SSL policy profile to MODERN (or RESTRICTED), or remove weak suites from a CUSTOM profile.',
      console: 'Network security > SSL policies > policy > Edit > Profile: Modern or Restricted.',
      cli: 'gcloud compute ssl-policies update POLICY --profile=RESTRICTED --min-tls-version=1.2',
      terraform: 'resource "google_compute_ssl_policy" "x" {\n  profile         = "RESTRICTED"\n  min_tls_version = "TLS_1_2"\n}',
    },
    references: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy'],
  },
  evaluate(policy) {
    const { profile, customFeatures } = policy.config;
    if (profile === undefined) return notAssessed('the SSL policy profile could not be read', ['config.profile', profile]);
    if (profile === 'COMPATIBLE') return fail('the COMPATIBLE profile enables CBC, 3DES and non-forward-secret suites', ['config.profile', profile]);
    if (profile === 'CUSTOM') {
      if (customFeatures === undefined) return notAssessed('the custom cipher list could not be read', ['config.customFeatures', customFeatures]);
      const weak = customFeatures.filter((f) => WEAK.test(f));
      return weak.length > 0 ? fail(`custom profile enables weak suites: ${weak.join(', ')}`, ['config.customFeatures', weak]) : pass('custom profile without weak suites', ['config.customFeatures', customFeatures]);
    }
    return pass(`${profile} profile`, ['config.profile', profile]);
  },
});
