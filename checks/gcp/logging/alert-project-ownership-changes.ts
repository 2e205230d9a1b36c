import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-project-ownership-changes',
  title: 'Project ownership changes raise a log-based alert',
  watches: 'project ownership changes',
  why: 'Owners can do anything in a project, ePHI included; an owner added or removed outside change control is the first sign of a takeover.',
  cis: 'CIS GCP Foundations 2.4',
  prowler: 'logging_log_metric_filter_and_alert_for_project_ownership_changes_enabled',
  filter: '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
  terms: ['protoPayload.serviceName="cloudresourcemanager.googleapis.com"', 'ProjectOwnership OR projectOwnerInvitee', 'protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE"', 'protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"', 'protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD"'],
});
