import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-firewall-changes',
  title: 'VPC firewall rule changes raise a log-based alert',
  watches: 'VPC firewall rule changes',
  why: 'A firewall rule opened to the internet exposes the systems that hold ePHI; network segmentation holds only while its rules do.',
  cis: 'CIS GCP Foundations 2.7',
  prowler: 'logging_log_metric_filter_and_alert_for_vpc_firewall_rule_changes_enabled',
  filter: 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
  terms: ['resource.type="gce_firewall_rule"', 'compute.firewalls.patch', 'compute.firewalls.insert', 'compute.firewalls.delete'],
});
