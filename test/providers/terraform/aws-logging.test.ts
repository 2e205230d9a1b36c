import { describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { awsHcl, byAddress } from './aws-hcl.js';

/** Audit-logging resources from HCL: log groups with their metric filters, alarms, Security Hub, load balancers, trails, RDS and CloudFront logging. */

const TF = `
resource "aws_kms_key" "logs" {
  description = "logs"
}
resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail-events"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.logs.arn
}
resource "aws_cloudwatch_log_group" "forever" {
  name = "forever"
}
resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"
  metric_transformation {
    name      = "RootUse"
    namespace = "CIS"
    value     = "1"
  }
}
resource "aws_sns_topic" "security" {
  name = "security"
}
resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root"
  metric_name         = "RootUse"
  namespace           = "CIS"
  statistic           = "Sum"
  period              = 300
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  alarm_actions       = [aws_sns_topic.security.arn]
}
resource "aws_securityhub_account" "this" {}
resource "aws_lb" "web" {
  name = "web"
  access_logs {
    bucket  = "lb-logs"
    enabled = true
  }
}
resource "aws_lb" "quiet" {
  name               = "quiet"
  load_balancer_type = "network"
  internal           = true
}
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "trail-bucket"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  advanced_event_selector {
    name = "phi"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["arn:aws:s3:::phi-records/"]
    }
  }
}
resource "aws_s3_bucket" "phi" {
  bucket = "phi-records"
  tags   = { phi = "true" }
}
resource "aws_s3_bucket" "other" {
  bucket = "phi-other"
  tags   = { phi = "true" }
}
resource "aws_db_instance" "db" {
  identifier                      = "db"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  enabled_cloudwatch_logs_exports = ["upgrade", "postgresql"]
}
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  origin {
    domain_name = "app.example.org"
    origin_id   = "app"
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
  logging_config {
    bucket = "cf-logs.s3.amazonaws.com"
    prefix = "cf/"
  }
}
`;

describe('audit logging from Terraform', () => {
  it('maps log groups (filters joined), alarms, Security Hub, load balancers, trail logging fields, RDS exports and CloudFront logging', async () => {
    const rs = await awsHcl(TF);
    expect(byAddress(rs, 'aws_cloudwatch_log_group.trail').config).toEqual({
      retentionInDays: 30, kmsKeyId: 'terraform:aws_kms_key.logs',
      metricFilters: [{ name: 'root', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', metrics: [{ namespace: 'CIS', name: 'RootUse' }] }],
    });
    expect(byAddress(rs, 'aws_cloudwatch_log_group.forever').config).toEqual({ retentionInDays: null, kmsKeyId: null, metricFilters: [] });
    expect(rs.some((r) => r.id.includes('aws_cloudwatch_log_metric_filter'))).toBe(false);
    expect(byAddress(rs, 'aws_cloudwatch_metric_alarm.root').config).toEqual({ metrics: [{ namespace: 'CIS', name: 'RootUse' }], actionsEnabled: true, alarmActions: ['terraform:aws_sns_topic.security'] });
    expect(byAddress(rs, 'aws_securityhub_account.this').config).toEqual({ enabled: true, subscribedAt: null });
    expect(byAddress(rs, 'aws_lb.web').config).toEqual({ type: 'application', scheme: 'internet-facing', accessLogs: { bucket: 'lb-logs', prefix: '' } });
    expect(byAddress(rs, 'aws_lb.quiet').config).toEqual({ type: 'network', scheme: 'internal', accessLogs: null });
    expect(byAddress(rs, 'aws_cloudtrail.main').config).toMatchObject({
      cloudWatchLogsLogGroupArn: 'terraform:aws_cloudwatch_log_group.trail',
      eventSelectors: { basic: [], advanced: [{ name: 'phi', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type' }, { field: 'resources.ARN', startsWith: ['arn:aws:s3:::phi-records/'] }] }] },
    });
    expect(byAddress(rs, 'aws_db_instance.db').config).toMatchObject({ logExports: ['postgresql', 'upgrade'] });
    expect(byAddress(rs, 'aws_cloudfront_distribution.cdn').config).toMatchObject({ logging: { bucket: 'cf-logs.s3.amazonaws.com', prefix: 'cf/' }, loggingV2: undefined });
  });

  it('lets the checks decide on IaC: a trail in the input proves coverage, its absence proves nothing', async () => {
    const rs = await awsHcl(TF);
    const result = evaluate(rs, [], AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const status = (check: string, id: string) => result.findings.find((f) => f.checkId === check && f.resource.id === `terraform:${id}`)?.status;
    expect(status('aws-cloudtrail-ephi-bucket-data-events', 'aws_s3_bucket.phi')).toBe('pass');
    expect(status('aws-cloudtrail-ephi-bucket-data-events', 'aws_s3_bucket.other')).toBe('not_assessed');
    expect(status('aws-cloudtrail-trail-cloudwatch-logs', 'aws_cloudtrail.main')).toBe('pass');
    expect(status('aws-logs-log-group-retention', 'aws_cloudwatch_log_group.trail')).toBe('fail');
    expect(status('aws-logs-log-group-retention', 'aws_cloudwatch_log_group.forever')).toBe('pass');
    expect(status('aws-logs-log-group-kms-encryption', 'aws_cloudwatch_log_group.forever')).toBe('fail');
    expect(status('aws-elbv2-load-balancer-access-logging', 'aws_lb.quiet')).toBe('fail');
    expect(status('aws-securityhub-account-enabled', 'aws_securityhub_account.this')).toBe('pass');
    expect(status('aws-rds-instance-log-exports', 'aws_db_instance.db')).toBe('pass');
    expect(status('aws-cloudfront-distribution-access-logging', 'aws_cloudfront_distribution.cdn')).toBe('pass');
  });

  it('counts the subscriptions SNS confirms on apply for an SNS topic (none, or e-mail only: unknown)', async () => {
    const none = await awsHcl(TF);
    expect(byAddress(none, 'aws_sns_topic.security').config).toHaveProperty('subscriptionsConfirmed', undefined);
    const subscribed = await awsHcl(`${TF}\nresource "aws_sns_topic_subscription" "oncall" {\n  topic_arn = aws_sns_topic.security.arn\n  protocol  = "sqs"\n  endpoint  = "arn:aws:sqs:us-east-1:111122223333:oncall"\n}\n`);
    expect(byAddress(subscribed, 'aws_sns_topic.security').config).toMatchObject({ subscriptionsConfirmed: 1 });
    // An e-mail subscription is pending until its recipient confirms it: still unknown.
    const email = await awsHcl(`${TF}\nresource "aws_sns_topic_subscription" "oncall" {\n  topic_arn = aws_sns_topic.security.arn\n  protocol  = "email"\n  endpoint  = "oncall@example.org"\n}\n`);
    expect(byAddress(email, 'aws_sns_topic.security').config).toHaveProperty('subscriptionsConfirmed', undefined);
  });
});
