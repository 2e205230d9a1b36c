import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { classifyElbTlsPolicy, isTlsListenerProtocol } from '../../../src/model/aws/tls.js';

export default defineCheck({
  meta: {
    id: 'aws-elbv2-listener-modern-tls-policy',
    title: 'HTTPS/TLS listener uses a security policy with TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'elbv2',
    resourceTypes: ['aws.elbv2.listener'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Policies such as ELBSecurityPolicy-2016-08 (the long-time default) still negotiate TLS 1.0 and 1.1, which NIST SP 800-52r2 no longer allows. Policies whose names carry TLS13-1-2, TLS-1-2 or FS-1-2 require TLS 1.2 or later. An unrecognised policy name is reported as not assessed.',
    remediation: {
      summary: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-2021-06 (or a newer TLS 1.2+ policy).',
      console: 'EC2 > Load Balancers > LB > Listeners > listener > Edit > Security policy > ELBSecurityPolicy-TLS13-1-2-2021-06.',
      cli: 'aws elbv2 modify-listener --listener-arn ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
      terraform: 'resource "aws_lb_listener" "https" { ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06" }',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html'],
  },
  evaluate(listener) {
    const c = listener.config;
    if (c.protocol === undefined) return notAssessed('listener protocol could not be read', ['config.protocol', c.protocol]);
    if (!isTlsListenerProtocol(c.protocol)) return notApplicable(`${c.protocol} listener has no TLS policy`);
    const path = 'config.sslPolicy';
    if (c.sslPolicy === undefined) return notAssessed('security policy could not be read', [path, c.sslPolicy]);
    if (c.sslPolicy === null) return fail('TLS listener reports no security policy', [path, null]);
    const kind = classifyElbTlsPolicy(c.sslPolicy);
    if (kind === 'modern') return pass(`${c.sslPolicy} requires TLS 1.2 or later`, [path, c.sslPolicy]);
    if (kind === 'legacy') return fail(`${c.sslPolicy} still allows TLS 1.0/1.1`, [path, c.sslPolicy]);
    return notAssessed(`security policy ${c.sslPolicy} is not one this check can classify`, [path, c.sslPolicy]);
  },
});
