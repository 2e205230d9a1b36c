import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-custom-role-changes',
  title: 'Custom IAM role changes raise a log-based alert',
  watches: 'custom role changes',
  why: 'A permission quietly added to a custom role widens access for everyone who holds it.',
  cis: 'CIS GCP Foundations 2.6',
  prowler: 'logging_log_metric_filter_and_alert_for_custom_role_changes_enabled',
  filter: 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
  terms: ['resource.type="iam_role"', 'google.iam.admin.v1.CreateRole', 'google.iam.admin.v1.DeleteRole', 'google.iam.admin.v1.UpdateRole'],
});
