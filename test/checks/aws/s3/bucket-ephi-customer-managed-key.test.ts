import check from '../../../../checks/aws/s3/bucket-ephi-customer-managed-key.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "customer-managed key in inventory", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/cmk', bucketKeyEnabled: true } }, { tags: EPHI_TAGS }), inventory: [aws('aws.kms.key', {}, { id: 'arn:aws:kms:us-east-1:111122223333:key/cmk' })] },
  ],
  fail: [
    { name: "SSE-S3 only", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: null } }, { tags: EPHI_TAGS }), evidencePath: "config.defaultEncryption" },
    { name: "aws/s3 alias", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3', bucketKeyEnabled: true } }, { tags: EPHI_TAGS }), evidencePath: "config.defaultEncryption.kmsKeyArn" },
    { name: "SSE-KMS without key id", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: null, bucketKeyEnabled: true } }, { tags: EPHI_TAGS }), evidencePath: "config.defaultEncryption.kmsKeyArn" },
    { name: "key in inventory is AWS-managed", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/awsmanaged', bucketKeyEnabled: true } }, { tags: EPHI_TAGS }), inventory: [aws('aws.kms.key', { keyManager: 'AWS' }, { id: 'arn:aws:kms:us-east-1:111122223333:key/awsmanaged' })], evidencePath: "kms.keyManager" },
  ],
  notAssessed: [
    { name: "encryption unreadable", resource: aws('aws.s3.bucket', { defaultEncryption: undefined }, { tags: EPHI_TAGS }), evidencePath: "config.defaultEncryption" },
    { name: "tags unreadable: whether it holds ePHI is unknown", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: null } }, { tags: undefined }), evidencePath: "tags" },
    { name: "key not in inventory", resource: aws('aws.s3.bucket', { defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/cmk', bucketKeyEnabled: true } }, { tags: EPHI_TAGS }), evidencePath: "config.defaultEncryption.kmsKeyArn" },
  ],
  notApplicable: [
    { name: "not ePHI", resource: aws('aws.s3.bucket', { defaultEncryption: null }) },
  ],
});
