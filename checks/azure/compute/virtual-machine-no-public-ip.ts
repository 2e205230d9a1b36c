import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-no-public-ip',
    title: 'VM has no public IP address on its network interfaces',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'A public IP on a NIC puts the VM directly on the internet; one permissive NSG rule then exposes it to scanning and credential attacks. Reach VMs through Azure Bastion, a VPN or private endpoints, and publish applications through a load balancer or Application Gateway with a WAF.',
    remediation: {
      summary: 'Dissociate the public IP from the NIC and use Azure Bastion or a VPN for administration.',
      console: 'Virtual machine > Networking > network interface > IP configurations > ipconfig > Public IP address: Disassociate.',
      cli: 'az network nic ip-config update -g RG --nic-name NIC -n ipconfig1 --remove publicIpAddress',
      terraform: 'resource "azurerm_network_interface" "vm" {\n  ip_configuration {\n    # no public_ip_address_id\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-network/ip-services/remove-public-ip-address-vm', 'https://learn.microsoft.com/azure/bastion/bastion-overview'],
  },
  evaluate(vm) {
    const nics = vm.config.networkInterfaces;
    const path = 'config.networkInterfaces';
    if (nics === undefined) return notAssessed('the network interfaces could not be read', [path, nics]);
    const pips = nics.flatMap((n) => n.publicIpAddressIds);
    if (pips.length === 0) return pass(`no public IP on ${nics.length} network interface(s)`, [path, nics.length]);
    return fail(`public IP address(es) attached: ${pips.map((p) => p.slice(p.lastIndexOf('/') + 1)).join(', ')}`, [`${path}[].publicIpAddressIds`, pips]);
  },
});
