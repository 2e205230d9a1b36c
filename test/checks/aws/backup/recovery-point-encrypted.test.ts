import check from '../../../../checks/aws/backup/recovery-point-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'all encrypted', resource: aws('aws.backup.vault') }, { name: 'empty vault', resource: aws('aws.backup.vault', { recoveryPoints: 0 }) }],
  fail: [{ name: 'an unencrypted EBS snapshot', resource: aws('aws.backup.vault', { unencryptedRecoveryPoints: ['arn:aws:ec2:us-east-1::snapshot/snap-1'] }), evidencePath: 'config.unencryptedRecoveryPoints' }],
  notAssessed: [{ name: 'recovery points not listed', resource: aws('aws.backup.vault', { unencryptedRecoveryPoints: undefined }), evidencePath: 'config.unencryptedRecoveryPoints' }],
});
