import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isAllIpv4Range, isAllowAzureServicesRange } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-no-public-access',
    title: 'Azure SQL server is not reachable from all networks',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A server firewall rule from 0.0.0.0 to 255.255.255.255 admits every internet address to the database login, and the 0.0.0.0 "Allow Azure services" rule admits any Azure resource of any customer. Disable public network access and use private endpoints, or allow only named address ranges.',
    remediation: {
      summary: 'Disable public network access (private endpoints), or delete the all-address and Allow-Azure-services firewall rules.',
      console: 'SQL server > Security > Networking > Public network access: Disable (or remove the 0.0.0.0-255.255.255.255 rule and untick "Allow Azure services and resources to access this server").',
      cli: 'az sql server update -g RG -n SERVER --enable-public-network false   # or: az sql server firewall-rule delete -g RG -s SERVER -n RULE',
      terraform: 'resource "azurerm_mssql_server" "phi" {\n  public_network_access_enabled = false\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/firewall-configure', 'https://learn.microsoft.com/azure/azure-sql/database/private-endpoint-overview'],
  },
  evaluate(server) {
    const { publicNetworkAccess, firewallRules } = server.config;
    if (publicNetworkAccess === 'Disabled' || publicNetworkAccess === 'SecuredByPerimeter') return pass(`public network access is ${publicNetworkAccess}`, ['config.publicNetworkAccess', publicNetworkAccess]);
    if (publicNetworkAccess === undefined || firewallRules === undefined) return notAssessed('public network access or the firewall rules could not be read', ['config.publicNetworkAccess', publicNetworkAccess], ['config.firewallRules', firewallRules]);
    const open = firewallRules.filter((r) => isAllIpv4Range(r.startIpAddress, r.endIpAddress) || isAllowAzureServicesRange(r.startIpAddress, r.endIpAddress));
    if (open.length === 0) return pass(`public access is limited to ${firewallRules.length} firewall rule(s)`, ['config.firewallRules', firewallRules]);
    return fail(`firewall rule(s) ${open.map((r) => r.name).join(', ')} admit all addresses or all Azure services`, ['config.firewallRules', open]);
  },
});
