import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-forwarding-rule-https-only',
    title: 'Forwarding rule for ePHI does not serve plain HTTP',
    severity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.forwarding-rule'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'A forwarding rule that targets a target HTTP proxy accepts unencrypted requests. For ePHI frontends the HTTP listener should exist only to redirect to HTTPS (a URL map with https_redirect), which this scan cannot see: confirm it, or remove the rule. HTTPS and SSL proxies pass. TCP proxies and passthrough rules forward bytes to the backends, which may terminate TLS themselves (pass-through); that is not visible here and is reported as not assessed, never as a pass.',
    remediation: {
      summary: 'Serve ePHI through a target HTTPS proxy; keep a port-80 rule only with a URL map that redirects every request to HTTPS.',
      console: 'Network services > Load balancing > load balancer > Edit > Frontend configuration > Protocol: HTTPS (enable HTTP to HTTPS redirect).',
      cli: 'gcloud compute forwarding-rules delete RULE --global',
      terraform: 'resource "google_compute_url_map" "redirect" {\n  default_url_redirect { https_redirect = true\n    strip_query = false }\n}',
    },
    references: ['https://cloud.google.com/load-balancing/docs/https/setting-up-http-https-redirect', 'https://cloud.google.com/load-balancing/docs/forwarding-rule-concepts'],
  },
  evaluate(rule, ctx) {
    const na = ephiOnly(rule, ctx);
    if (na) return na;
    const kind = rule.config.targetKind;
    const path = 'config.targetKind';
    if (kind === undefined) return notAssessed('the forwarding rule target could not be read', [path, kind]);
    if (kind === 'targetHttpProxies') return fail('the rule targets an HTTP proxy: requests arrive unencrypted (unless its URL map only redirects to HTTPS)', [path, kind], ['config.target', rule.config.target]);
    if (kind === 'targetHttpsProxies' || kind === 'targetSslProxies') return pass(`the rule targets ${kind}: TLS ends at the load balancer`, [path, kind]);
    if (kind === 'targetVpnGateways') return pass('the rule carries IPsec traffic to a VPN gateway', [path, kind]);
    // TCP proxies and passthrough rules (backend services, target pools, instances, PSC) forward bytes: TLS, if any, ends at the backends, which CAI does not show.
    return notAssessed(`the rule forwards TCP/UDP ${kind ? `to ${kind}` : 'straight to backends'} without terminating TLS; whether the backends speak TLS (pass-through) is not visible: confirm it`, [path, kind], ['config.target', rule.config.target]);
  },
});
