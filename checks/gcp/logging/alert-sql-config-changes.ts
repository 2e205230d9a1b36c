import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-sql-config-changes',
  title: 'Cloud SQL configuration changes raise a log-based alert',
  watches: 'Cloud SQL instance configuration changes',
  why: 'Turning off backups, opening authorized networks or dropping the TLS requirement on a database of ePHI are single configuration updates.',
  cis: 'CIS GCP Foundations 2.11',
  prowler: 'logging_log_metric_filter_and_alert_for_sql_instance_configuration_changes_enabled',
  filter: 'protoPayload.methodName="cloudsql.instances.update"',
  terms: ['protoPayload.methodName="cloudsql.instances.update"'],
});
