import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { deniesInsecureTransport } from '../../../src/model/aws/iam-policy.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-deny-insecure-transport',
    title: 'S3 bucket policy denies requests that do not use TLS',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'S3 accepts plain HTTP requests unless the bucket policy denies them. A Deny for all principals on s3:* (or at least GetObject and PutObject) when aws:SecureTransport is false makes TLS mandatory for every client.',
    remediation: {
      summary: 'Add a bucket policy statement that denies all S3 actions to everyone when aws:SecureTransport is false.',
      console: 'S3 > bucket > Permissions > Bucket policy > Edit > add the DenyInsecureTransport statement.',
      cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
      terraform: 'data "aws_iam_policy_document" "tls" { statement { effect = "Deny"\n principals { type = "*"\n identifiers = ["*"] }\n actions = ["s3:*"]\n resources = [aws_s3_bucket.x.arn, "${aws_s3_bucket.x.arn}/*"]\n condition { test = "Bool"\n variable = "aws:SecureTransport"\n values = ["false"] } } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html', 'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule'],
  },
  evaluate(bucket) {
    const path = 'config.policy';
    const policy = bucket.config.policy;
    if (policy === undefined) return notAssessed('bucket policy could not be read', [path, policy]);
    if (policy === null) return fail('bucket has no policy, so plain HTTP requests are allowed', [path, null]);
    return deniesInsecureTransport(policy) ? pass('policy denies requests without TLS', [path, 'Deny aws:SecureTransport=false']) : fail('policy has no Deny for aws:SecureTransport = false', [path, policy]);
  },
});
