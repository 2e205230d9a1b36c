import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsRequired } from '../../../src/model/aws/rds.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-tls-required',
    title: 'RDS DB instance parameter group requires TLS connections',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'RDS offers TLS but most engines accept clear-text connections unless rds.force_ssl (PostgreSQL, SQL Server) or require_secure_transport (MySQL, MariaDB) is on. RDS for PostgreSQL 15+ defaults rds.force_ssl to 1; other engines default to off. Aurora members take the setting from the cluster parameter group (checked on the cluster). Oracle and Db2 enforce TLS through option groups, which are not collected: not assessed.',
    remediation: {
      summary: 'Set rds.force_ssl=1 (PostgreSQL, SQL Server) or require_secure_transport=ON (MySQL, MariaDB) in a custom DB parameter group attached to the instance.',
      console: 'RDS > Parameter groups > custom group > Edit > rds.force_ssl = 1 (or require_secure_transport = ON) > Save; attach the group to the instance and reboot if static.',
      cli: 'aws rds modify-db-parameter-group --db-parameter-group-name GROUP --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot',
      terraform: 'resource "aws_db_parameter_group" "x" { family = "postgres16"\n parameter { name = "rds.force_ssl"\n value = "1" } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html'],
  },
  evaluate(db) {
    const c = db.config;
    if (c.clusterId) return notApplicable(`Aurora cluster member: TLS is set in the cluster parameter group of ${c.clusterId}`);
    const path = 'config.tlsParameter';
    if (c.tlsParameter === undefined) return notAssessed('parameter group could not be read', [path, c.tlsParameter]);
    if (c.tlsParameter === null) return notAssessed(`engine ${c.engine ?? 'unknown'} enforces TLS through option groups, which are not collected`, [path, null], ['config.engine', c.engine]);
    const required = tlsRequired(c.tlsParameter, c.engine, c.engineVersion);
    if (required === undefined) return notAssessed('parameter uses the engine default and the engine version is unknown', [`${path}.value`, null], ['config.engineVersion', c.engineVersion]);
    const shown = c.tlsParameter.value ?? `default for ${c.engine ?? '?'} ${c.engineVersion ?? ''}`.trim();
    return required ? pass(`${c.tlsParameter.name} requires TLS (${shown})`, [`${path}.value`, c.tlsParameter.value]) : fail(`${c.tlsParameter.name} does not require TLS (${shown})`, [`${path}.value`, c.tlsParameter.value], ['config.engineVersion', c.engineVersion]);
  },
});
