import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-audit-config-changes',
  title: 'Audit configuration changes raise a log-based alert',
  watches: 'audit configuration changes',
  why: 'Turning Data Access audit logs off, or exempting a principal, blinds the audit trail of ePHI access without touching the data.',
  cis: 'CIS GCP Foundations 2.5',
  prowler: 'logging_log_metric_filter_and_alert_for_audit_configuration_changes_enabled',
  filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
  terms: ['protoPayload.methodName="SetIamPolicy"', 'protoPayload.serviceData.policyDelta.auditConfigDeltas:*'],
});
