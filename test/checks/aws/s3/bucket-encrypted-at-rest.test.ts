import check from '../../../../checks/aws/s3/bucket-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const enc = (algorithm: string, kmsKeyArn: string | null = null) => aws('aws.s3.bucket', { defaultEncryption: { algorithm, kmsKeyArn, bucketKeyEnabled: null } });

checkCases(check, {
  pass: [
    { name: 'SSE-S3 (provider-managed keys) is encryption at rest', resource: enc('AES256') },
    { name: 'no default encryption configuration: S3 still applies SSE-S3', resource: aws('aws.s3.bucket', { defaultEncryption: null }) },
    { name: 'SSE-KMS with the AWS managed key', resource: enc('aws:kms') },
    { name: 'DSSE-KMS', resource: enc('aws:kms:dsse', 'arn:aws:kms:us-east-1:111122223333:key/k1') },
  ],
  fail: [],
  cannotFail: 'S3 has encrypted every new object since January 2023 and offers no setting that turns it off, so no bucket configuration shows unencrypted storage.',
  notAssessed: [
    { name: 'encryption could not be read', resource: aws('aws.s3.bucket', { defaultEncryption: undefined }), evidencePath: 'config.defaultEncryption' },
    { name: 'an algorithm S3 does not document', resource: enc('ROT13'), evidencePath: 'config.defaultEncryption.algorithm' },
  ],
});
