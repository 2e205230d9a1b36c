import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

const SHOWN = 10;

export default defineCheck({
  meta: {
    id: 'aws-backup-recovery-point-encrypted',
    title: 'Every recovery point in the backup vault is encrypted',
    severity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.vault'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Backups hold the same ePHI as production and must be encrypted at rest like it (proposed 164.312(b)(2)). Recovery points of services that AWS Backup does not fully manage inherit the source\'s encryption, so a snapshot of an unencrypted EBS volume or RDS instance is an unencrypted backup (AWS Config backup-recovery-point-encrypted). The vault\'s recovery points are listed; one that reports IsEncrypted false fails the vault.',
    remediation: {
      summary: 'Encrypt the source resources, then copy the unencrypted recovery points to an encrypted copy (a copy job with a KMS key) and delete the unencrypted ones.',
      console: 'AWS Backup > Backup vaults > vault > Recovery points > unencrypted point > Copy (choose a KMS key); then delete the original once the copy completes.',
      cli: 'aws backup start-copy-job --recovery-point-arn RP --source-backup-vault-name VAULT --destination-backup-vault-arn ENCRYPTED_VAULT_ARN --iam-role-arn ROLE',
      terraform: 'Encrypt the sources: aws_ebs_volume { encrypted = true }, aws_db_instance { storage_encrypted = true }; AWS Backup then writes encrypted recovery points.',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/backup-recovery-point-encrypted.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html'],
  },
  evaluate(vault) {
    const path = 'config.unencryptedRecoveryPoints';
    const points = vault.config.unencryptedRecoveryPoints;
    if (points === undefined) return notAssessed('the vault\'s recovery points could not be listed', [path, points]);
    if (points.length > 0) return fail(`${points.length} unencrypted recovery point(s): ${points.slice(0, SHOWN).join(', ')}${points.length > SHOWN ? ', ...' : ''}`, [path, points.slice(0, SHOWN)]);
    return pass(`no unencrypted recovery point${vault.config.recoveryPoints === undefined ? '' : ` among ${vault.config.recoveryPoints}`}`, [path, points], ['config.recoveryPoints', vault.config.recoveryPoints]);
  },
});
