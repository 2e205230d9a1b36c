import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-elasticache-replication-group-automatic-backups',
    title: 'ElastiCache replication group takes automatic backups',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'A snapshot retention limit of 0 turns automatic backups off: a node or Region failure, or a flush, loses whatever the cache held that exists nowhere else (sessions, queues, computed results). Daily snapshots keep copies no more than a day old.',
    remediation: {
      summary: 'Set a snapshot retention limit of at least 1 day (7 or more for ePHI) and a backup window.',
      console: 'ElastiCache > Redis OSS caches > group > Modify > Backup: Enable automatic backups; retention period 7 days > Apply.',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --snapshot-retention-limit 7 --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "x" { snapshot_retention_limit = 7\n  snapshot_window = "03:00-05:00" }',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html'],
  },
  evaluate(group) {
    const c = group.config;
    if (c.engine === 'memcached') return notApplicable('Memcached keeps no backups');
    const path = 'config.snapshotRetentionDays';
    if (c.snapshotRetentionDays === undefined) return notAssessed('snapshot retention could not be read', [path, c.snapshotRetentionDays]);
    return c.snapshotRetentionDays > 0 ? pass(`automatic backups are kept ${c.snapshotRetentionDays} day(s)`, [path, c.snapshotRetentionDays]) : fail('automatic backups are off (retention 0 days)', [path, c.snapshotRetentionDays]);
  },
});
