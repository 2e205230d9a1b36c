import check from '../../../../checks/aws/s3/bucket-kms-encryption.js';
import type { S3BucketConfig } from '../../../../src/model/types/aws/index.js';
import { checkCases, makeResource } from '../../../helpers/check-tester.js';

const bucket = (over: Partial<S3BucketConfig>) =>
  makeResource('aws.s3.bucket', {
    defaultEncryption: null,
    policy: null,
    versioning: 'Off',
    mfaDelete: false,
    objectLock: null,
    publicAccessBlock: null,
    logging: null,
    ...over,
  });

checkCases(check, {
  pass: [
    { name: 'SSE-KMS with a customer key', resource: bucket({ defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k', bucketKeyEnabled: true } }) },
    { name: 'DSSE-KMS', resource: bucket({ defaultEncryption: { algorithm: 'aws:kms:dsse', kmsKeyArn: null, bucketKeyEnabled: null } }) },
  ],
  fail: [
    { name: 'SSE-S3 only', resource: bucket({ defaultEncryption: { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: false } }), evidencePath: 'config.defaultEncryption.algorithm' },
    { name: 'no configuration', resource: bucket({ defaultEncryption: null }), evidencePath: 'config.defaultEncryption' },
  ],
  notAssessed: [{ name: 'encryption could not be read', resource: bucket({ defaultEncryption: undefined }), evidencePath: 'config.defaultEncryption' }],
});
