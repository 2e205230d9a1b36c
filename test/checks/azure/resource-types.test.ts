import { describe, expect, it } from 'vitest';
import { AZURE_RESOURCE_TYPES, vnetIdOfSubnet } from '../../../src/model/types/azure/index.js';
import { resourceTypeDescriptor } from '../../../src/model/types/index.js';
import { appGateway, keyVault, NSG, postgres, RG, storageAccount, subnet, SUBNET, vm, VNET } from './_fixtures.js';

describe('Azure resource types', () => {
  it('are registered sorted, each an azure type named for its ARM resource type', () => {
    const types = AZURE_RESOURCE_TYPES.map((d) => d.type);
    expect(types).toEqual([...types].sort());
    for (const d of AZURE_RESOURCE_TYPES) {
      expect(d.provider).toBe('azure');
      expect(d.type).toMatch(/^azure\.[a-z]+\.[a-z-]+$/);
      // The Entra tenant comes from Microsoft Graph, not ARM.
      if (d.type !== 'azure.entra.tenant') expect(d.native.arm, d.type).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+$/);
      expect(d.native.terraform?.length, d.type).toBeGreaterThan(0);
    }
  });

  it('derive a VNet id from a subnet id, none from an id without a subnets segment', () => {
    expect(vnetIdOfSubnet(SUBNET)).toBe(VNET);
    expect(vnetIdOfSubnet(`${VNET}/SUBNETS/Upper`)).toBe(VNET);
    expect(vnetIdOfSubnet(VNET)).toBeUndefined();
    expect(vnetIdOfSubnet('terraform:azurerm_subnet.app')).toBeUndefined();
  });

  it('place a subnet in its VNet and on its NSG', () => {
    const place = resourceTypeDescriptor('azure.network.subnet')?.network;
    expect(place?.(subnet().config)).toEqual({ networkId: VNET, securityGroupIds: [NSG] });
    expect(place?.(subnet({ virtualNetworkId: undefined, networkSecurityGroupId: null }).config)).toEqual({});
  });

  it('place VMs on their VNet, subnets and NSGs, public when a NIC has a public IP', () => {
    const place = resourceTypeDescriptor('azure.compute.virtual-machine')?.network;
    const nsg = `${RG}/providers/Microsoft.Network/networkSecurityGroups/nic-nsg`;
    const other = `${RG}/providers/Microsoft.Network/virtualNetworks/mgmt`;
    const c = vm({ networkInterfaces: [
      { id: 'nic1', subnetIds: [SUBNET], publicIpAddressIds: ['pip'], networkSecurityGroupId: nsg, applicationSecurityGroupIds: [], privateIpAddresses: ['10.0.1.4'] },
      { id: 'nic2', subnetIds: [`${other}/subnets/m`], publicIpAddressIds: [], networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: ['10.0.1.5'] },
    ] }).config;
    expect(place?.(c)).toEqual({ networkId: VNET, subnetIds: [SUBNET, `${other}/subnets/m`], securityGroupIds: [nsg], publicAddress: true, peers: [other] });
    expect(place?.(vm({ networkInterfaces: undefined }).config)).toEqual({});
  });

  it('mark PaaS endpoints public only on evidence, unknown when the deciding value is unknown', () => {
    const storage = resourceTypeDescriptor('azure.storage.account')?.network;
    expect(storage?.(storageAccount().config)).toEqual({ publicAddress: false });
    expect(storage?.(storageAccount({ publicNetworkAccess: null, networkAcls: { defaultAction: 'Allow', bypass: null, ipRules: [], virtualNetworkRules: [] } }).config)).toEqual({ publicAddress: true });
    expect(storage?.(storageAccount({ networkAcls: undefined }).config)).toEqual({ publicAddress: undefined });
    const kv = resourceTypeDescriptor('azure.keyvault.vault')?.network;
    expect(kv?.(keyVault({ publicNetworkAccess: 'Enabled', networkAcls: null }).config)).toEqual({ publicAddress: true });
    const pg = resourceTypeDescriptor('azure.postgresql.flexible-server')?.network;
    expect(pg?.(postgres().config)).toEqual({ networkId: VNET, subnetIds: [`${VNET}/subnets/db`], publicAddress: false });
    const agw = resourceTypeDescriptor('azure.network.application-gateway')?.network;
    expect(agw?.(appGateway().config)).toMatchObject({ networkId: VNET, publicAddress: true });
  });
});
