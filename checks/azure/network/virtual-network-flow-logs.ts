import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-network-virtual-network-flow-logs',
    title: 'Virtual network has an enabled flow log',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'network',
    resourceTypes: ['azure.network.virtual-network'],
    requirements: ['audit-logging', 'network-map'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'VNet flow logs record which addresses talked to which over which ports. They are the evidence for investigating access to ePHI systems and for checking that the network map matches reality. NSG flow logs are retired (no new ones since June 2025), so flow logging moves to the virtual network.',
    remediation: {
      summary: 'Create a Network Watcher flow log that targets the virtual network, sent to a storage account (and Traffic Analytics).',
      console: 'Network Watcher > Logs > Flow logs > Create > Flow log type: Virtual network > select the VNet and a storage account.',
      cli: 'az network watcher flow-log create -l LOCATION -g RG -n VNET-flowlog --vnet VNET --storage-account STORAGE --retention 90',
      terraform: 'resource "azurerm_network_watcher_flow_log" "vnet" {\n  target_resource_id = azurerm_virtual_network.phi.id\n  enabled            = true\n  retention_policy {\n    enabled = true\n    days    = 90\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-migrate'],
  },
  evaluate(vnet) {
    const logs = vnet.config.flowLogs;
    const path = 'config.flowLogs';
    if (logs === undefined) return notAssessed('Network Watcher flow logs could not be read', [path, logs]);
    const enabled = logs.filter((l) => l.enabled);
    if (enabled.length > 0) return pass(`${enabled.length} enabled flow log(s) cover the network`, [path, enabled.map((l) => l.id)]);
    return fail(logs.length > 0 ? 'the network\'s flow logs are disabled' : 'no flow log targets the network', [path, logs]);
  },
});
