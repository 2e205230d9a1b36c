import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-storage-iam-changes',
  title: 'Cloud Storage IAM permission changes raise a log-based alert',
  watches: 'Cloud Storage IAM permission changes',
  why: 'A bucket policy change can make ePHI objects readable by anyone (allUsers) in one call.',
  cis: 'CIS GCP Foundations 2.10',
  prowler: 'logging_log_metric_filter_and_alert_for_bucket_permission_changes_enabled',
  filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
  terms: ['resource.type="gcs_bucket"', 'protoPayload.methodName="storage.setIamPermissions"'],
});
