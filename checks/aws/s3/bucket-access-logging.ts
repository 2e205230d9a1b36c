import { defineCheck, ephiOnly, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-access-logging',
    title: 'ePHI S3 bucket writes server access logs',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Server access logs record every request to the bucket, including anonymous and denied ones and requests CloudTrail data events do not cover, in the bucket owner\'s log bucket. With CloudTrail data events (aws-cloudtrail-ephi-bucket-data-events) they make the object-level audit trail the current rule asks for (164.312(b)) and the NPRM would strengthen (proposed 164.312(d)). Buckets not tagged as holding ePHI are not applicable. AWS Config: s3-bucket-logging-enabled.',
    remediation: {
      summary: 'Enable server access logging to a separate log bucket (with a bucket policy that lets the logging service write).',
      console: 'S3 > bucket > Properties > Server access logging > Edit > Enable > destination bucket and prefix.',
      cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
      terraform: 'resource "aws_s3_bucket_logging" "x" {\n  bucket        = aws_s3_bucket.phi.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "phi/"\n}',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html', 'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-logging-enabled.html'],
  },
  evaluate(bucket, ctx) {
    const scope = ephiOnly(bucket, ctx);
    if (scope) return scope;
    const path = 'config.logging';
    const v = bucket.config.logging;
    if (v === undefined) return notAssessed('server access logging could not be read (GetBucketLogging)', [path, v]);
    return v ? pass(`access logs go to ${v.targetBucket}/${v.targetPrefix}`, [path, v]) : fail('server access logging is off', [path, v]);
  },
});
