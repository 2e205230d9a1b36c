import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-redshift-cluster-tls-required',
    title: 'Redshift cluster parameter group requires TLS connections',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Redshift accepts unencrypted client connections unless the cluster parameter group sets require_ssl to true; the default parameter group (default.redshift-1.0) leaves it false and cannot be changed.',
    remediation: {
      summary: 'Attach a custom cluster parameter group with require_ssl = true (a static parameter: reboot the cluster).',
      console: 'Amazon Redshift > Configurations > Workload management > create or edit a parameter group > require_ssl = true; attach it to the cluster and reboot.',
      cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name GROUP --parameters ParameterName=require_ssl,ParameterValue=true',
      terraform: 'resource "aws_redshift_parameter_group" "x" { family = "redshift-1.0"\n parameter { name = "require_ssl"\n value = "true" } }',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html'],
  },
  evaluate(cluster) {
    const path = 'config.requireSsl';
    const v = cluster.config.requireSsl;
    if (v === undefined) return notAssessed('require_ssl of the cluster parameter group could not be read', [path, v]);
    return v ? pass('require_ssl is true', [path, true]) : fail('require_ssl is false: clients may connect without TLS', [path, false]);
  },
});
