import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-vault-network-restricted',
    title: 'Key Vault is not reachable from all networks',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.vault'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A vault that accepts connections from all networks relies on Entra ID authorization alone to protect the keys that decrypt ePHI. Deny by default, allow selected networks or private endpoints, and let trusted Azure services bypass the firewall.',
    remediation: {
      summary: 'Disable public network access (private endpoint) or set the vault firewall default action to Deny with explicit rules.',
      console: 'Key vault > Settings > Networking > Firewalls and virtual networks: Allow public access from specific virtual networks and IP addresses (or Disable public access).',
      cli: 'az keyvault update -g RG -n VAULT --default-action Deny --bypass AzureServices',
      terraform: 'resource "azurerm_key_vault" "phi" {\n  public_network_access_enabled = false\n  network_acls {\n    default_action = "Deny"\n    bypass         = "AzureServices"\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/general/network-security'],
  },
  evaluate(vault) {
    const { publicNetworkAccess, networkAcls } = vault.config;
    if (publicNetworkAccess === 'Disabled') return pass('public network access is disabled', ['config.publicNetworkAccess', publicNetworkAccess]);
    if (networkAcls && networkAcls.defaultAction === 'Deny') return pass('the vault firewall denies by default', ['config.networkAcls.defaultAction', 'Deny']);
    if (publicNetworkAccess === undefined || networkAcls === undefined) return notAssessed('the network settings could not be read', ['config.publicNetworkAccess', publicNetworkAccess], ['config.networkAcls', networkAcls]);
    return fail('the vault accepts connections from all networks', ['config.publicNetworkAccess', publicNetworkAccess], ['config.networkAcls', networkAcls]);
  },
});
