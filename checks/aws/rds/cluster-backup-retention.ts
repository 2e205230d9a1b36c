import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-cluster-backup-retention',
    title: 'RDS / Aurora cluster keeps automated backups for at least the minimum retention',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Aurora always keeps at least one day of continuous backup; one day rarely reaches back before a problem is noticed. Default minimum: 7 days.',
    remediation: {
      summary: 'Set the cluster backup retention period to at least the configured minimum.',
      console: 'RDS > Databases > cluster > Modify > Backup retention period: 7+ days.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --backup-retention-period 14 --apply-immediately',
      terraform: 'resource "aws_rds_cluster" "x" { backup_retention_period = 14 }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
    defaultOptions: { minRetentionDays: 7 },
  },
  evaluate(cluster, ctx) {
    const path = 'config.backupRetentionDays';
    const v = cluster.config.backupRetentionDays;
    if (v === undefined) return notAssessed('backup retention could not be read', [path, v]);
    const min = numberOption(ctx.options, 'minRetentionDays', 7);
    return v >= min ? pass(`backups are kept ${v} days`, [path, v]) : fail(`backups are kept ${v} days, less than ${min}`, [path, v]);
  },
});
