import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-automated-backups',
    title: 'Cloud SQL instance takes automated backups',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['backup-procedures', 'data-backup-48h'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Without automated backups the only copy of the database is the live one; the NPRM would require retrievable copies of ePHI no more than 48 hours old (proposed 164.312(i)), and the current rule retrievable exact copies (164.308(a)(7)(ii)(A)).',
    remediation: {
      summary: 'Enable automated daily backups with a retention that matches the backup policy.',
      console: 'SQL > instance > Edit > Data protection > Automate daily backups.',
      cli: 'gcloud sql instances patch INSTANCE --backup-start-time=03:00 --retained-backups-count=30',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { backup_configuration { enabled = true\n    backup_retention_settings { retained_backups = 30 } } }\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/backups', 'https://cloud.google.com/sql/docs/mysql/backup-recovery/backing-up'],
  },
  evaluate(db) {
    const v = db.config.backupEnabled;
    const path = 'config.backupEnabled';
    if (v === undefined) return notAssessed('the backup configuration could not be read', [path, v]);
    return v ? pass(`automated backups on${db.config.retainedBackups ? `, ${db.config.retainedBackups} retained` : ''}`, [path, v]) : fail('automated backups are off', [path, v]);
  },
});
