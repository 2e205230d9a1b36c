import { defineCheck, ephiOnly, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isAwsManagedAlias } from '../../../src/model/aws/kms.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-s3-bucket-ephi-customer-managed-key',
    title: 'S3 bucket holding ePHI uses a customer-managed KMS key by default',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): SSE-KMS with the AWS-managed aws/s3 key cannot be given a restrictive key policy or be disabled, so this check asks buckets tagged as holding ePHI to default to a customer-managed key. The key is looked up in the inventory; when it is not there its manager cannot be proven and the result is not assessed.',
    remediation: {
      summary: 'Set the bucket default encryption to SSE-KMS with a customer-managed key and re-encrypt existing objects (S3 Batch Operations copy).',
      console: 'S3 > bucket > Properties > Default encryption > Edit > SSE-KMS > Choose from your AWS KMS keys > customer-managed key.',
      cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "x" { bucket = aws_s3_bucket.x.id\n  rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms"\n kms_master_key_id = aws_kms_key.phi.arn } } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt'],
  },
  lookups: { types: ['aws.kms.key'] },
  evaluate(bucket, ctx) {
    const scope = ephiOnly(bucket, ctx, 'bucket is not tagged as holding ePHI');
    if (scope) return scope;
    const enc = bucket.config.defaultEncryption;
    const path = 'config.defaultEncryption';
    if (enc === undefined) return notAssessed('default encryption could not be read', [path, enc]);
    if (enc === null || !enc.algorithm.startsWith('aws:kms')) return fail('ePHI bucket does not default to a KMS key', [path, enc]);
    const keyPath = `${path}.kmsKeyArn`;
    if (enc.kmsKeyArn === null) return fail('SSE-KMS without a key id uses the AWS-managed aws/s3 key', [keyPath, null]);
    if (isAwsManagedAlias(enc.kmsKeyArn)) return fail('default key is the AWS-managed aws/s3 key', [keyPath, enc.kmsKeyArn]);
    const key = ctx.inventory.byId(enc.kmsKeyArn);
    if (!key || !isType(key, 'aws.kms.key')) return notAssessed('the default KMS key is not in the inventory, so its manager is unknown', [keyPath, enc.kmsKeyArn]);
    const manager = key.config.keyManager;
    if (manager === undefined) return notAssessed('the key manager of the default KMS key could not be read', [keyPath, enc.kmsKeyArn], ['kms.keyManager', manager]);
    return manager === 'CUSTOMER' ? pass('ePHI bucket defaults to a customer-managed key', [keyPath, enc.kmsKeyArn]) : fail('default key is AWS-managed', [keyPath, enc.kmsKeyArn], ['kms.keyManager', manager]);
  },
});
