import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-elbv2-load-balancer-access-logging',
    title: 'Application or Network Load Balancer writes access logs',
    severity: 'medium',
    provider: 'aws',
    service: 'elbv2',
    resourceTypes: ['aws.elbv2.load-balancer'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'A load balancer in front of an ePHI application sees every client request: its access logs (client address, request, status, TLS details) are the record of who reached the system and how, which audit controls (164.312(b)) and the NPRM\'s audit trail controls (proposed 164.312(d)) ask for. Network Load Balancers write access logs for TLS listeners only; Gateway Load Balancers have none (not applicable). AWS Config: elb-logging-enabled.',
    remediation: {
      summary: 'Turn on access logs (access_logs.s3.enabled) to an S3 bucket whose policy lets the regional ELB log delivery write.',
      console: 'EC2 > Load balancers > load balancer > Attributes > Edit > Monitoring > Access logs: on > S3 URI.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET',
      terraform: 'resource "aws_lb" "x" {\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html', 'https://docs.aws.amazon.com/config/latest/developerguide/elb-logging-enabled.html'],
  },
  evaluate(lb) {
    if (lb.config.type === 'gateway') return notApplicable('Gateway Load Balancers have no access logs');
    const path = 'config.accessLogs';
    const v = lb.config.accessLogs;
    if (v === undefined) return notAssessed('the load balancer\'s attributes could not be read (DescribeLoadBalancerAttributes)', [path, v]);
    return v ? pass(`access logs go to ${v.bucket}${v.prefix ? `/${v.prefix}` : ''}`, [path, v]) : fail('access logs are off (access_logs.s3.enabled is false)', [path, v]);
  },
});
