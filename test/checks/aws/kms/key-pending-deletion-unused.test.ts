import check from '../../../../checks/aws/kms/key-pending-deletion-unused.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "nothing references it", resource: aws('aws.kms.key', { keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00Z' }, { id: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }), inventory: [aws('aws.ec2.volume', { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/other' }, { id: 'vol-1' })] },
  ],
  fail: [
    { name: "volume still encrypted under it", resource: aws('aws.kms.key', { keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00Z' }, { id: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }), inventory: [aws('aws.ec2.volume', { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }, { id: 'vol-1' })], evidencePath: "referencedBy" },
    { name: "backup vault still encrypted under it", resource: aws('aws.kms.key', { keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00Z' }, { id: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }), inventory: [aws('aws.backup.vault', { encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }, { id: 'vault-1' })], evidencePath: "referencedBy" },
    { name: "snapshot names the key by its bare id", resource: aws('aws.kms.key', { keyState: 'PendingDeletion', deletionDate: '2026-11-08T00:00:00Z' }, { id: 'arn:aws:kms:us-east-1:111122223333:key/doomed' }), inventory: [aws('aws.ec2.snapshot', { kmsKeyId: 'doomed' }, { id: 'snap-1' })], evidencePath: "referencedBy" },
  ],
  notAssessed: [
    { name: "state unknown", resource: aws('aws.kms.key', { keyState: undefined }), evidencePath: "config.keyState" },
  ],
  notApplicable: [
    { name: "enabled key", resource: aws('aws.kms.key') },
  ],
});
