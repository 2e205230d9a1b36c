import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-point-in-time-recovery',
    title: 'Cloud SQL instance has point-in-time recovery on',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['backup-procedures'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Daily backups lose up to a day of ePHI and cannot undo corruption to the minute. Point-in-time recovery (write-ahead or binary logs) restores the database to just before the damage. MySQL uses binary logging for it; PostgreSQL and SQL Server use pointInTimeRecoveryEnabled.',
    remediation: {
      summary: 'Enable point-in-time recovery (binary logging on MySQL).',
      console: 'SQL > instance > Edit > Data protection > Enable point-in-time recovery.',
      cli: 'gcloud sql instances patch INSTANCE --enable-point-in-time-recovery   # MySQL: --enable-bin-log',
      terraform: 'resource "google_sql_database_instance" "x" {\n  settings { backup_configuration { enabled = true\n    point_in_time_recovery_enabled = true } } # MySQL: binary_log_enabled = true\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr', 'https://cloud.google.com/sql/docs/mysql/backup-recovery/pitr'],
  },
  evaluate(db) {
    const { databaseVersion, pointInTimeRecoveryEnabled, binaryLogEnabled } = db.config;
    if (databaseVersion === undefined) return notAssessed('the database engine could not be read', ['config.databaseVersion', databaseVersion]);
    const mysql = databaseVersion.startsWith('MYSQL');
    const path = mysql ? 'config.binaryLogEnabled' : 'config.pointInTimeRecoveryEnabled';
    const v = mysql ? binaryLogEnabled : pointInTimeRecoveryEnabled;
    if (v === undefined) return notAssessed('the point-in-time recovery setting could not be read', [path, v]);
    return v ? pass('point-in-time recovery is on', [path, v]) : fail('point-in-time recovery is off', [path, v]);
  },
});
