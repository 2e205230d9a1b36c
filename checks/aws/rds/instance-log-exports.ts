import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

/**
 * Log types each engine must publish, as AWS Config's rds-logging-enabled expects them; keyed by
 * engine name or prefix (`oracle-` covers oracle-ee, oracle-se2, custom-oracle-ee...).
 */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'aurora-mysql': ['audit', 'error', 'general', 'slowquery'],
  'aurora-postgresql': ['postgresql'],
  mariadb: ['audit', 'error', 'general', 'slowquery'],
  mysql: ['audit', 'error', 'general', 'slowquery'],
  postgres: ['postgresql', 'upgrade'],
  'oracle-': ['alert', 'audit', 'listener', 'trace'],
  'sqlserver-': ['agent', 'error'],
  'db2-': ['diag.log', 'notify.log'],
};

function requiredFor(engine: string, table: Readonly<Record<string, readonly string[]>>): readonly string[] | undefined {
  const e = engine.replace(/^custom-/, '');
  // `aurora` (MySQL 5.6 compatible) is Aurora MySQL.
  const key = e === 'aurora' ? 'aurora-mysql' : Object.keys(table).find((k) => (k.endsWith('-') && !k.startsWith('aurora') ? e.startsWith(k) : e === k));
  return key === undefined ? undefined : table[key];
}

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-log-exports',
    title: 'RDS database publishes its engine logs to CloudWatch Logs',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance', 'aws.rds.cluster'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Database logs (audit, error, connection and query logs) record who connected to the ePHI store and what failed; exported to CloudWatch Logs they outlive the instance, can be retained, searched and alarmed on (audit controls, 164.312(b); the NPRM\'s audit trail and system log controls, proposed 164.312(d)). The log types each engine must export follow AWS Config\'s rds-logging-enabled: MySQL and MariaDB audit, error, general, slowquery; PostgreSQL postgresql, upgrade; Oracle alert, audit, listener, trace; SQL Server agent, error; Aurora MySQL audit, error, general, slowquery; Aurora PostgreSQL postgresql; Db2 diag.log, notify.log. Override with the requiredLogs option (engine or engine prefix -> log types). Aurora members export through their cluster. MySQL and MariaDB audit logs need the MARIADB_AUDIT_PLUGIN option.',
    remediation: {
      summary: 'Enable the engine\'s log exports to CloudWatch Logs on the instance (or on the Aurora cluster).',
      console: 'RDS > Databases > database > Modify > Log exports > select every log type > Continue > Apply immediately.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql","upgrade"]}\' --apply-immediately',
      terraform: 'resource "aws_db_instance" "x" { enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"] }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html', 'https://docs.aws.amazon.com/config/latest/developerguide/rds-logging-enabled.html'],
    defaultOptions: { requiredLogs: REQUIRED },
  },
  evaluate(db, ctx) {
    if (db.type === 'aws.rds.instance' && 'clusterId' in db.config && db.config.clusterId) return notApplicable(`Aurora member: log exports are configured on cluster ${db.config.clusterId}`);
    const engine = db.config.engine;
    const path = 'config.logExports';
    const v = db.config.logExports;
    if (engine === undefined || v === undefined) return notAssessed('the engine or its log exports could not be read', ['config.engine', engine], [path, v]);
    const table = (ctx.options.requiredLogs && typeof ctx.options.requiredLogs === 'object' ? ctx.options.requiredLogs : REQUIRED) as Readonly<Record<string, readonly string[]>>;
    const required = requiredFor(engine, table);
    if (!required) return notAssessed(`no required log types are known for engine ${engine} (set the requiredLogs option)`, ['config.engine', engine], [path, v]);
    const missing = required.filter((t) => !v.includes(t));
    return missing.length === 0 ? pass(`exports ${v.join(', ')}`, ['config.engine', engine], [path, v]) : fail(`${engine} does not export ${missing.join(', ')}${v.length ? ` (exports ${v.join(', ')})` : ' (no log exports)'}`, ['config.engine', engine], [path, v]);
  },
});
