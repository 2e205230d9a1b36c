import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-network-restricted',
    title: 'Storage account is not reachable from all networks',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'With public network access enabled and the firewall default action Allow, the account endpoints accept connections from any internet address; one leaked key or SAS token is then enough to read ePHI from anywhere. Deny by default and allow selected virtual networks, IP ranges or private endpoints.',
    remediation: {
      summary: 'Disable public network access (use private endpoints) or set the firewall default action to Deny with explicit VNet/IP rules.',
      console: 'Storage account > Security + networking > Networking > Public network access: Enabled from selected virtual networks and IP addresses, or Disabled.',
      cli: 'az storage account update -g RG -n ACCOUNT --default-action Deny   # or --public-network-access Disabled',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  public_network_access_enabled = false\n  network_rules { default_action = "Deny" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/storage-network-security'],
  },
  evaluate(account) {
    const { publicNetworkAccess, networkAcls } = account.config;
    if (publicNetworkAccess === 'Disabled') return pass('public network access is disabled', ['config.publicNetworkAccess', publicNetworkAccess]);
    if (publicNetworkAccess === undefined || networkAcls === undefined) return notAssessed('the network settings could not be read', ['config.publicNetworkAccess', publicNetworkAccess], ['config.networkAcls', networkAcls]);
    if (networkAcls.defaultAction === 'Deny') return pass(`the firewall denies by default (${networkAcls.ipRules.length} IP rule(s), ${networkAcls.virtualNetworkRules.length} VNet rule(s))`, ['config.networkAcls.defaultAction', 'Deny']);
    return fail('the account accepts connections from all networks (firewall default action Allow)', ['config.publicNetworkAccess', publicNetworkAccess], ['config.networkAcls.defaultAction', networkAcls.defaultAction]);
  },
});
