import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-cosmosdb-account-network-restricted',
    title: 'Cosmos DB account is not reachable from all networks',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'With public network access on, no IP rules and the virtual network filter off, the account accepts requests from every internet address; one leaked account key then exposes the data. Use private endpoints, or an IP / VNet firewall.',
    remediation: {
      summary: 'Disable public network access (private endpoints), or add IP rules and enable the virtual network filter.',
      console: 'Azure Cosmos DB account > Settings > Networking > Public network access: Selected networks (or Disabled).',
      cli: 'az cosmosdb update -g RG -n ACCOUNT --public-network-access Disabled',
      terraform: 'resource "azurerm_cosmosdb_account" "phi" {\n  public_network_access_enabled     = false\n  is_virtual_network_filter_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall', 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints'],
  },
  evaluate(account) {
    const { publicNetworkAccess, isVirtualNetworkFilterEnabled: vnet, ipRules } = account.config;
    if (publicNetworkAccess === 'Disabled') return pass('public network access is disabled', ['config.publicNetworkAccess', publicNetworkAccess]);
    const ev = [['config.publicNetworkAccess', publicNetworkAccess], ['config.isVirtualNetworkFilterEnabled', vnet], ['config.ipRules', ipRules]] as const;
    if (vnet === true || (ipRules !== undefined && ipRules.length > 0 && !ipRules.includes('0.0.0.0/0'))) return pass('access is limited by the IP or virtual network firewall', ...ev);
    if (publicNetworkAccess === undefined || vnet === undefined || ipRules === undefined) return notAssessed('the network settings could not be read', ...ev);
    return fail('the account accepts requests from all networks', ...ev);
  },
});
