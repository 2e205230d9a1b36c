import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isTlsListenerProtocol } from '../../../src/model/aws/tls.js';

export default defineCheck({
  meta: {
    id: 'aws-elbv2-listener-encrypted',
    title: 'Load balancer listener uses TLS or redirects HTTP to HTTPS',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'elbv2',
    resourceTypes: ['aws.elbv2.listener'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'A plain HTTP or TCP listener carries requests, session tokens and responses in clear between client and load balancer. An HTTP listener whose default action redirects to HTTPS carries no data and is fine. A TCP, UDP or TCP_UDP listener on a Network Load Balancer passes bytes through: the targets may terminate TLS themselves (TLS pass-through), and nothing in the load balancer\'s configuration shows whether they do (a TCP listener forwards to TCP target groups; only a TLS listener terminates TLS at the load balancer). Such listeners are not assessed, never failed or passed: confirm the targets speak TLS, or use a TLS listener.',
    remediation: {
      summary: 'Serve the listener over HTTPS (ALB) or TLS (NLB) with an ACM certificate, or make the HTTP listener redirect to HTTPS.',
      console: 'EC2 > Load Balancers > LB > Listeners > HTTP:80 > Edit > Default action: Redirect to HTTPS:443 (301); add an HTTPS listener with an ACM certificate.',
      cli: 'aws elbv2 modify-listener --listener-arn ARN --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
      terraform: 'resource "aws_lb_listener" "http" { port = 80\n protocol = "HTTP"\n default_action { type = "redirect"\n redirect { port = "443"\n protocol = "HTTPS"\n status_code = "HTTP_301" } } }',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/create-tls-listener.html'],
  },
  evaluate(listener) {
    const c = listener.config;
    const path = 'config.protocol';
    if (c.protocol === undefined) return notAssessed('listener protocol could not be read', [path, c.protocol]);
    if (isTlsListenerProtocol(c.protocol)) return pass(`listener uses ${c.protocol}`, [path, c.protocol]);
    if (c.protocol === 'GENEVE') return pass('Gateway Load Balancer GENEVE listener carries encapsulated traffic to inspection appliances', [path, c.protocol]);
    if (c.protocol === 'HTTP') {
      if (c.redirectsToHttps === undefined) return notAssessed('default action of the HTTP listener could not be read', ['config.redirectsToHttps', c.redirectsToHttps]);
      if (c.redirectsToHttps) return pass('HTTP listener only redirects to HTTPS', [path, c.protocol], ['config.redirectsToHttps', true]);
    }
    if (['TCP', 'UDP', 'TCP_UDP'].includes(c.protocol)) return notAssessed(`${c.protocol} listener on port ${c.port ?? '?'} passes traffic through: whether its targets terminate TLS (pass-through) is not visible in the load balancer configuration`, [path, c.protocol], ['config.port', c.port]);
    return fail(`listener on port ${c.port ?? '?'} accepts unencrypted ${c.protocol}`, [path, c.protocol], ['config.redirectsToHttps', c.redirectsToHttps]);
  },
});
