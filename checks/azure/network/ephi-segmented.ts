import { defineCheck } from '../../../src/engine/check-api.js';
import { analyzeAzure, AZURE_REACHABILITY_TARGETS, AZURE_REACHABILITY_TYPES } from '../../../src/model/reachability/azure.js';
import { segmentationMeta, segmentationVerdict } from '../../_reachability.js';

export default defineCheck({
  meta: segmentationMeta({
    id: 'azure-network-ephi-segmented',
    provider: 'azure',
    service: 'network',
    resourceTypes: [...AZURE_REACHABILITY_TARGETS],
    what: 'network security groups at the subnet and the NIC (with their default rules, service tags and application security groups), VNet peering and the public endpoint firewalls of data stores',
    remediation: {
      summary: 'Give the ePHI subnet and NICs NSG rules that admit only the service ports from the application tier (an application security group), deny the rest of the virtual network above AllowVnetInBound, and turn off public network access on ePHI data stores.',
      console: 'Network security group of the ePHI subnet > Inbound security rules > Add: Allow the service port from the application ASG (priority 100), then Deny * from VirtualNetwork (priority 4000). SQL server / storage account > Networking > Public network access: Disabled.',
      cli: 'az network nsg rule create -g RG --nsg-name EPHI_NSG -n deny-vnet --priority 4000 --direction Inbound --access Deny --protocol "*" --source-address-prefixes VirtualNetwork --destination-port-ranges "*"',
      terraform: 'resource "azurerm_network_security_rule" "deny_vnet" {\n  name                        = "deny-vnet"\n  priority                    = 4000\n  direction                   = "Inbound"\n  access                      = "Deny"\n  protocol                    = "*"\n  source_address_prefix       = "VirtualNetwork"\n  source_port_range           = "*"\n  destination_address_prefix  = "*"\n  destination_port_range      = "*"\n  network_security_group_name = azurerm_network_security_group.ephi.name\n  resource_group_name         = azurerm_resource_group.rg.name\n}',
    },
    references: [
      'https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works',
      'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules',
      'https://learn.microsoft.com/azure/virtual-network/service-tags-overview',
      'https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview',
    ],
  }),
  lookups: { types: [...AZURE_REACHABILITY_TYPES] },
  evaluate: (resource, ctx) => segmentationVerdict(resource, ctx, AZURE_REACHABILITY_TYPES, () => analyzeAzure(resource, ctx.inventory, ctx.isEphi)),
});
