import { alertCheck } from './_alerts.js';

export default alertCheck({
  id: 'gcp-logging-alert-network-changes',
  title: 'VPC network changes raise a log-based alert',
  watches: 'VPC network changes',
  why: 'A new network or peering connects segments that were meant to stay apart.',
  cis: 'CIS GCP Foundations 2.9',
  prowler: 'logging_log_metric_filter_and_alert_for_vpc_network_changes_enabled',
  filter: 'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
  terms: ['resource.type="gce_network"', 'compute.networks.insert', 'compute.networks.patch', 'compute.networks.delete', 'compute.networks.removePeering', 'compute.networks.addPeering'],
});
