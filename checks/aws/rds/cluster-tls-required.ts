import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsRequired } from '../../../src/model/aws/rds.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-cluster-tls-required',
    title: 'RDS / Aurora cluster parameter group requires TLS connections',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Aurora members inherit TLS enforcement from the cluster parameter group. Aurora PostgreSQL (rds.force_ssl) and Aurora MySQL (require_secure_transport) accept clear-text connections by default.',
    remediation: {
      summary: 'Set rds.force_ssl=1 or require_secure_transport=ON in a custom DB cluster parameter group attached to the cluster.',
      console: 'RDS > Parameter groups > cluster parameter group > Edit > rds.force_ssl = 1 (or require_secure_transport = ON); attach to the cluster.',
      cli: 'aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name GROUP --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot',
      terraform: 'resource "aws_rds_cluster_parameter_group" "x" { family = "aurora-postgresql16"\n parameter { name = "rds.force_ssl"\n value = "1" } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html'],
  },
  evaluate(cluster) {
    const c = cluster.config;
    const path = 'config.tlsParameter';
    if (c.tlsParameter === undefined) return notAssessed('cluster parameter group could not be read', [path, c.tlsParameter]);
    if (c.tlsParameter === null) return notAssessed(`engine ${c.engine ?? 'unknown'} has no TLS-forcing cluster parameter known to this check`, [path, null]);
    const required = tlsRequired(c.tlsParameter, c.engine, c.engineVersion);
    if (required === undefined) return notAssessed('parameter uses the engine default and the engine is unknown', [`${path}.value`, null]);
    return required ? pass(`${c.tlsParameter.name} requires TLS`, [`${path}.value`, c.tlsParameter.value]) : fail(`${c.tlsParameter.name} does not require TLS`, [`${path}.value`, c.tlsParameter.value], ['config.engine', c.engine]);
  },
});
