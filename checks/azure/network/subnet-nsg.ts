import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

/** Subnets where Azure forbids or does not support an NSG (or manages filtering itself). */
const EXEMPT_SUBNETS = ['gatewaysubnet', 'azurefirewallsubnet', 'azurefirewallmanagementsubnet', 'routeserversubnet'];

export default defineCheck({
  meta: {
    id: 'azure-network-subnet-nsg',
    title: 'Subnet has a network security group',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'network',
    resourceTypes: ['azure.network.subnet'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Without an NSG on the subnet, traffic between subnets, from peered networks and (for resources with public IPs) from the internet is filtered only by whatever each NIC happens to carry. A subnet NSG is the segment boundary that keeps ePHI systems apart from the rest.',
    remediation: {
      summary: 'Associate a network security group with the subnet, allowing only the flows the workload needs.',
      console: 'Virtual network > Subnets > subnet > Network security group: select an NSG > Save.',
      cli: 'az network vnet subnet update -g RG --vnet-name VNET -n SUBNET --network-security-group NSG',
      terraform: 'resource "azurerm_subnet_network_security_group_association" "app" {\n  subnet_id                 = azurerm_subnet.app.id\n  network_security_group_id = azurerm_network_security_group.app.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview', 'https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works'],
  },
  evaluate(subnet) {
    if (EXEMPT_SUBNETS.includes(subnet.name.toLowerCase())) return notApplicable(`${subnet.name} does not take a network security group`);
    const v = subnet.config.networkSecurityGroupId;
    const path = 'config.networkSecurityGroupId';
    if (v === undefined) return notAssessed('the subnet\'s network security group could not be read', [path, v]);
    return v ? pass(`network security group ${v.slice(v.lastIndexOf('/') + 1)} is associated`, [path, v]) : fail('no network security group is associated with the subnet', [path, v]);
  },
});
