import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-subnetwork-flow-logs',
    title: 'VPC subnetwork records VPC Flow Logs',
    severity: 'medium',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.subnetwork'],
    requirements: ['audit-logging', 'network-map'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Flow logs record which hosts talked to which, when and how much: the evidence to confirm segmentation works and to investigate exfiltration of ePHI. Without them network activity leaves no record.',
    remediation: {
      summary: 'Enable VPC Flow Logs on the subnetwork.',
      console: 'VPC network > VPC networks > network > Subnets > subnet > Edit > Flow logs: On.',
      cli: 'gcloud compute networks subnets update SUBNET --region=REGION --enable-flow-logs',
      terraform: 'resource "google_compute_subnetwork" "x" {\n  log_config { aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling = 0.5\n    metadata = "INCLUDE_ALL_METADATA" }\n}',
    },
    references: ['https://cloud.google.com/vpc/docs/flow-logs', 'https://cloud.google.com/vpc/docs/using-flow-logs'],
  },
  evaluate(subnet) {
    const { purpose, flowLogsEnabled } = subnet.config;
    if (purpose !== undefined && purpose !== 'PRIVATE' && purpose !== 'PRIVATE_RFC_1918') return notApplicable(`${purpose} subnets do not carry flow logs`);
    const path = 'config.flowLogsEnabled';
    if (flowLogsEnabled === undefined) return notAssessed('the flow log setting could not be read', [path, flowLogsEnabled]);
    return flowLogsEnabled ? pass('flow logs are on', [path, flowLogsEnabled]) : fail('flow logs are off', [path, flowLogsEnabled]);
  },
});
