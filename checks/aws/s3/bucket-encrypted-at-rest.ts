import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'aws-s3-bucket-encrypted-at-rest',
    title: 'S3 bucket encrypts new objects at rest (SSE-S3, SSE-KMS or DSSE-KMS)',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    platform:
      'Since 5 January 2023 S3 encrypts every new object at rest, with SSE-S3 (S3-managed keys) unless the bucket default or the request names a KMS key; it cannot be turned off. Objects written before then to a bucket without default encryption keep the encryption they were written with.',
    view: {
      console: 'S3 > bucket > Properties > Default encryption (read only: shows SSE-S3, SSE-KMS or DSSE-KMS).',
      cli: 'aws s3api get-bucket-encryption --bucket BUCKET',
      terraform: '# Nothing to set: S3 applies SSE-S3 by default. To name a key: aws_s3_bucket_server_side_encryption_configuration.',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingEncryption.html'],
  }),
  evaluate(bucket) {
    const enc = bucket.config.defaultEncryption;
    const path = 'config.defaultEncryption';
    if (enc === undefined) return notAssessed('default encryption could not be read', [path, enc]);
    if (enc === null) return pass('no default encryption configuration: S3 encrypts every new object with SSE-S3 (S3-managed keys)', [path, enc]);
    const algorithm = [`${path}.algorithm`, enc.algorithm] as const;
    if (enc.algorithm === 'AES256') return pass('new objects are encrypted with SSE-S3 (S3-managed keys)', algorithm);
    if (enc.algorithm === 'aws:kms' || enc.algorithm === 'aws:kms:dsse') return pass(`new objects are encrypted with ${enc.algorithm}`, algorithm, [`${path}.kmsKeyArn`, enc.kmsKeyArn]);
    return notAssessed(`unrecognised default encryption algorithm "${enc.algorithm}"`, algorithm);
  },
});
