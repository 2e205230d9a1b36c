import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-efs-file-system-backups-enabled',
    title: 'EFS file system has automatic backups',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'efs',
    resourceTypes: ['aws.efs.file-system'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'EFS keeps no copies of its own. The automatic backup policy puts the file system in the AWS Backup default plan; without it (or an explicit plan) a deleted or encrypted file tree cannot be recovered.',
    remediation: {
      summary: 'Turn on automatic backups for the file system (or select it in an AWS Backup plan).',
      console: 'EFS > File systems > file system > Edit > Automatic backups: Enable.',
      cli: 'aws efs put-backup-policy --file-system-id FS --backup-policy Status=ENABLED',
      terraform: 'resource "aws_efs_backup_policy" "x" { file_system_id = aws_efs_file_system.x.id\n backup_policy { status = "ENABLED" } }',
    },
    references: ['https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html'],
  },
  evaluate(fs) {
    const path = 'config.automaticBackups';
    const v = fs.config.automaticBackups;
    if (v === undefined) return notAssessed('backup policy could not be read', [path, v]);
    return v ? pass('automatic backups are on', [path, true]) : fail('automatic backups are off', [path, false]);
  },
});
