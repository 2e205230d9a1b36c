import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-backup-retention',
    title: 'Cloud SQL instance keeps at least 7 automated backups',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['backup-procedures'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'A corruption or ransomware encryption found after the last retained backup was taken leaves nothing clean to restore. Cloud SQL keeps a count of automated backups (7 by default, up to 365); the minimum is configurable (minimumBackups). The NPRM would require retrievable copies no more than 48 hours old and monthly restore tests (proposed 164.312(i)), which only a retained history can serve.',
    remediation: {
      summary: 'Set the number of retained automated backups to at least the configured minimum.',
      console: 'SQL > instance > Edit > Data protection > Automated backups > Number of backups to retain.',
      cli: 'gcloud sql instances patch INSTANCE --retained-backups-count=30',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings {\n    backup_configuration {\n      enabled = true\n      backup_retention_settings { retained_backups = 30 }\n    }\n  }\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#retention', 'https://cloud.google.com/sql/docs/mysql/backup-recovery/backups#retention'],
    defaultOptions: { minimumBackups: 7 },
  },
  evaluate(db, ctx) {
    const { backupEnabled, retainedBackups } = db.config;
    if (backupEnabled === false) return notApplicable('automated backups are off (gcp-sql-instance-automated-backups reports it)');
    const path = 'config.retainedBackups';
    const min = Number(ctx.options.minimumBackups);
    if (backupEnabled === undefined || retainedBackups === undefined || retainedBackups === null) return notAssessed('the number of retained backups could not be read', [path, retainedBackups], ['config.backupEnabled', backupEnabled]);
    return retainedBackups >= min ? pass(`keeps ${retainedBackups} automated backups (minimum ${min})`, [path, retainedBackups]) : fail(`keeps ${retainedBackups} automated backups, below the minimum of ${min}`, [path, retainedBackups]);
  },
});
