import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-backup-retention',
    title: 'RDS DB instance keeps automated backups for at least the minimum retention',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Automated backups give point-in-time recovery; a retention of 0 disables them and a short one may not reach back before corruption was noticed. Default minimum: 7 days. Aurora members take retention from their cluster.',
    remediation: {
      summary: 'Set the backup retention period to at least the configured minimum (7 days by default).',
      console: 'RDS > Databases > instance > Modify > Backup > Backup retention period: 7+ days > Apply immediately.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --backup-retention-period 14 --apply-immediately',
      terraform: 'resource "aws_db_instance" "x" { backup_retention_period = 14 }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    defaultOptions: { minRetentionDays: 7 },
  },
  evaluate(db, ctx) {
    if (db.config.clusterId) return notApplicable(`Aurora member: backups are configured on cluster ${db.config.clusterId}`);
    const path = 'config.backupRetentionDays';
    const v = db.config.backupRetentionDays;
    if (v === undefined) return notAssessed('backup retention could not be read', [path, v]);
    const min = numberOption(ctx.options, 'minRetentionDays', 7);
    if (v === 0) return fail('automated backups are disabled', [path, v]);
    return v >= min ? pass(`backups are kept ${v} days`, [path, v]) : fail(`backups are kept ${v} days, less than ${min}`, [path, v]);
  },
});
