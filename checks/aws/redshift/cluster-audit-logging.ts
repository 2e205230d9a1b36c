import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-redshift-cluster-audit-logging',
    title: 'Redshift cluster has audit logging on',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Redshift audit logging records connection attempts, user changes and (with enable_user_activity_logging) every query, to S3 or CloudWatch Logs. It is off by default; without it no record shows who reached the warehouse.',
    remediation: {
      summary: 'Turn on audit logging to CloudWatch Logs (or an S3 bucket) for the connection, user and user activity logs.',
      console: 'Amazon Redshift > Clusters > cluster > Properties > Database configurations > Edit audit logging > Turn on > CloudWatch > select the log types > Save.',
      cli: 'aws redshift enable-logging --cluster-identifier CLUSTER --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
      terraform: 'resource "aws_redshift_logging" "x" { cluster_identifier = aws_redshift_cluster.x.id\n log_destination_type = "cloudwatch"\n log_exports = ["connectionlog", "userlog", "useractivitylog"] }',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
  },
  evaluate(cluster) {
    const path = 'config.auditLogging';
    const v = cluster.config.auditLogging;
    if (v === undefined) return notAssessed('logging status could not be read', [path, v]);
    return v ? pass(`audit logging goes to ${v.destinationType === 's3' ? `S3 bucket ${v.bucketName ?? '(unknown)'}` : 'CloudWatch Logs'}`, [path, v]) : fail('audit logging is off', [path, null]);
  },
});
