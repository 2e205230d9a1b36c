import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-network-flow-log-retention-90d',
    title: 'Flow logs are kept at least 90 days',
    severity: 'medium',
    provider: 'azure',
    service: 'network',
    resourceTypes: ['azure.network.virtual-network', 'azure.network.security-group'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Flow logs are the record of which addresses reached systems that hold ePHI; an intrusion is often found weeks after it began, so a log kept a few days cannot answer when it started or what it touched. Azure Policy ("Flow logs should be configured and enabled for every network security group"), CIS Microsoft Azure Foundations 6.5 and Prowler (network_flow_log_more_than_90_days) ask for at least 90 days. A retention policy of 0 days, or none, keeps the records until the storage account deletes them (a lifecycle rule there is not read here).',
    remediation: {
      summary: 'Set the flow log retention policy to 90 days or more (or 0 to keep the records indefinitely).',
      console: 'Network Watcher > Logs > Flow logs > select the flow log > Retention (days): 90 or more > Save.',
      cli: 'az network watcher flow-log update -l LOCATION -n FLOW_LOG --retention 90',
      terraform: 'resource "azurerm_network_watcher_flow_log" "vnet" {\n  retention_policy {\n    enabled = true\n    days    = 90\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://learn.microsoft.com/rest/api/network-watcher/flow-logs/get'],
    defaultOptions: { minDays: 90 },
  },
  evaluate(target, ctx) {
    const logs = target.config.flowLogs;
    const path = 'config.flowLogs';
    if (logs === undefined) return notAssessed('the Network Watcher flow logs could not all be read', [path, logs]);
    const enabled = logs.filter((l) => l.enabled);
    if (enabled.length === 0) return notApplicable('no enabled flow log targets it (azure-network-virtual-network-flow-logs reports missing VNet flow logs)');
    const minDays = typeof ctx.options.minDays === 'number' ? ctx.options.minDays : 90;
    // null: no retention policy (kept until deleted); 0: keep forever.
    const short = enabled.filter((l) => l.retentionDays !== null && l.retentionDays > 0 && l.retentionDays < minDays);
    const summary = enabled.map((l) => ({ id: l.id, retentionDays: l.retentionDays }));
    if (short.length > 0) return fail(`${short.length === 1 ? 'a flow log keeps' : `${short.length} flow logs keep`} records only ${short.map((l) => `${l.retentionDays} days`).join(', ')} (under ${minDays})`, [path, summary]);
    return pass(`every enabled flow log keeps records ${minDays} days or more (or indefinitely)`, [path, summary]);
  },
});
