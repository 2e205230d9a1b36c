import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudfront-distribution-access-logging',
    title: 'CloudFront distribution writes access logs',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'A distribution serving an ePHI application or bucket sees every viewer request; its access logs are the record of who fetched what (audit controls, 164.312(b); the NPRM\'s audit trail and system log controls, proposed 164.312(d)). Either standard logging to an S3 bucket (legacy) or standard logging v2 (a CloudWatch Logs delivery of the distribution\'s ACCESS_LOGS) counts. When standard logging is off and the v2 deliveries could not be read, the result is not assessed, never a failure. AWS Config: cloudfront-accesslogs-enabled.',
    remediation: {
      summary: 'Enable standard logging (v2 delivery to CloudWatch Logs, S3 or Firehose, or legacy logging to an S3 bucket).',
      console: 'CloudFront > Distributions > distribution > Logging > Add > destination (Amazon S3, CloudWatch Logs or Data Firehose).',
      cli: 'aws logs put-delivery-source --region us-east-1 --name cf-DIST --log-type ACCESS_LOGS --resource-arn DIST_ARN && aws logs create-delivery --region us-east-1 --delivery-source-name cf-DIST --delivery-destination-arn DEST_ARN',
      terraform: 'resource "aws_cloudfront_distribution" "x" {\n  logging_config {\n    bucket = aws_s3_bucket.cf_logs.bucket_domain_name\n    prefix = "cf/"\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html', 'https://docs.aws.amazon.com/config/latest/developerguide/cloudfront-accesslogs-enabled.html'],
  },
  evaluate(d) {
    const { logging, loggingV2 } = d.config;
    const ev = [['config.logging', logging], ['config.loggingV2', loggingV2]] as const;
    if (logging) return pass(`standard logging to ${logging.bucket}${logging.prefix ? ` (prefix ${logging.prefix})` : ''}`, ...ev);
    if (loggingV2 === true) return pass('access logs are delivered through CloudWatch Logs (standard logging v2)', ...ev);
    if (logging === undefined) return notAssessed('the distribution\'s logging settings could not be read', ...ev);
    if (loggingV2 === undefined) return notAssessed('standard (legacy) logging is off and whether a v2 log delivery exists could not be read', ...ev);
    return fail('no access logging: legacy logging is off and no CloudWatch Logs delivery carries the distribution\'s ACCESS_LOGS', ...ev);
  },
});
