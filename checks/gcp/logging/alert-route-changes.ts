import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-route-changes',
  title: 'VPC route changes raise a log-based alert',
  watches: 'VPC network route changes',
  why: 'A changed route can send ePHI traffic through an unintended path or out of a segmented network.',
  cis: 'CIS GCP Foundations 2.8',
  prowler: 'logging_log_metric_filter_and_alert_for_vpc_network_route_changes_enabled',
  filter: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
  terms: ['resource.type="gce_route"', 'compute.routes.delete', 'compute.routes.insert'],
});
