import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-kms-encryption',
    title: 'S3 bucket encrypts new objects with a KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale:
      'Key management beyond the NPRM: since January 2023 S3 encrypts every new object with SSE-S3, which is encryption as the NPRM proposes it (aws-s3-bucket-encrypted-at-rest). SSE-KMS adds a key policy that limits who can decrypt, CloudTrail records of every key use, and the ability to disable the key.',
    remediation: {
      summary: 'Set the bucket default encryption to SSE-KMS (or DSSE-KMS) with a customer-managed KMS key and enable S3 Bucket Keys.',
      console: 'S3 > bucket > Properties > Default encryption > Edit > SSE-KMS > choose a customer-managed key > Bucket Key: Enable.',
      cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "x" { bucket = aws_s3_bucket.x.id\n  rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms"\n kms_master_key_id = aws_kms_key.phi.arn }\n bucket_key_enabled = true } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html'],
  },
  evaluate(bucket) {
    const enc = bucket.config.defaultEncryption;
    const path = 'config.defaultEncryption';
    if (enc === undefined) return notAssessed('default encryption could not be read', [path, enc]);
    if (enc === null) return fail('no default encryption configuration: objects get SSE-S3 with an AWS-owned key only', [path, enc]);
    if (enc.algorithm === 'aws:kms' || enc.algorithm === 'aws:kms:dsse') return pass(`objects are encrypted with ${enc.algorithm}`, [`${path}.algorithm`, enc.algorithm], [`${path}.kmsKeyArn`, enc.kmsKeyArn]);
    return fail(`default encryption is ${enc.algorithm}, not a KMS key`, [`${path}.algorithm`, enc.algorithm]);
  },
});
