import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-versioning-enabled',
    title: 'S3 bucket keeps object versions',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)', '45 CFR 164.312(c)(2)'],
    rationale: 'Versioning keeps overwritten and deleted objects recoverable, which protects ePHI from accidental or malicious change and is a prerequisite for replication and Object Lock. A bucket that never had versioning returns no Status (reported as Off).',
    remediation: {
      summary: 'Enable versioning on the bucket (with a lifecycle rule that expires noncurrent versions).',
      console: 'S3 > bucket > Properties > Bucket Versioning > Edit > Enable.',
      cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
      terraform: 'resource "aws_s3_bucket_versioning" "x" { bucket = aws_s3_bucket.x.id\n versioning_configuration { status = "Enabled" } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
  },
  evaluate(bucket) {
    const path = 'config.versioning';
    const v = bucket.config.versioning;
    if (v === undefined) return notAssessed('versioning status could not be read', [path, v]);
    return v === 'Enabled' ? pass('versioning is enabled', [path, v]) : fail(`versioning is ${v}`, [path, v]);
  },
});
