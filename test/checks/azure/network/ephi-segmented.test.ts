import { describe, expect, it } from 'vitest';
import check from '../../../../checks/azure/network/ephi-segmented.js';
import type { Resource } from '../../../../src/model/resource.js';
import type { NsgSecurityRule, VnetPeering } from '../../../../src/model/types/azure/index.js';
import { checkCases, makeContext } from '../../../helpers/check-tester.js';
import { nsg, PHI, postgres, RG, rule, sqlServer, storageAccount, subnet, vm, vnet, VNET } from '../_fixtures.js';

/**
 * Hand-built VNets read as Microsoft documents them: inbound traffic crosses the subnet NSG, then
 * the NIC NSG (outbound the reverse), first match by priority, the default rules last
 * (AllowVnetInBound lets the whole VirtualNetwork space in on every port); NSGs are stateful and
 * also filter inside one subnet; peering needs both sides Connected.
 */
const ASG_APP = `${RG}/providers/Microsoft.Network/applicationSecurityGroups/app`;
const nsgId = (n: string) => `${RG}/providers/Microsoft.Network/networkSecurityGroups/${n}`;
const sub = (n: string, prefix: string, nsgName: string | null, vnetId = VNET) =>
  subnet({ addressPrefixes: [prefix], networkSecurityGroupId: nsgName ? nsgId(nsgName) : null, virtualNetworkId: vnetId }, { id: `${vnetId}/subnets/${n}`, name: n });
const group = (n: string, rules: readonly NsgSecurityRule[] | undefined) => nsg({ securityRules: rules, subnetIds: [], networkInterfaceIds: [] }, { id: nsgId(n), name: n });
const machine = (n: string, subnetName: string, ip: string, over: { tags?: Record<string, string>; asgs?: string[]; nicNsg?: string | null; publicIp?: boolean; vnetId?: string } = {}) =>
  vm({
    networkInterfaces: [{
      id: `${RG}/providers/Microsoft.Network/networkInterfaces/${n}-nic`, subnetIds: [`${over.vnetId ?? VNET}/subnets/${subnetName}`], publicIpAddressIds: over.publicIp ? [`${RG}/providers/Microsoft.Network/publicIPAddresses/${n}`] : [],
      networkSecurityGroupId: over.nicNsg ? nsgId(over.nicNsg) : null, applicationSecurityGroupIds: over.asgs ?? [], privateIpAddresses: [ip],
    }],
  }, { id: `${RG}/providers/Microsoft.Compute/virtualMachines/${n}`, name: n, tags: over.tags ?? {} });

const ehr = (over: Parameters<typeof machine>[3] = {}) => machine('ehr', 'data', '10.0.2.4', { tags: PHI, ...over });
/** A VNet with an app subnet (app VM, no ePHI) and a data subnet holding the ePHI VM. */
function net(dataRules: readonly NsgSecurityRule[] | undefined, extra: readonly Resource[] = []): Resource[] {
  return [vnet(), sub('app', '10.0.1.0/24', 'app-nsg'), sub('data', '10.0.2.0/24', 'data-nsg'), group('app-nsg', []), group('data-nsg', dataRules), machine('app', 'app', '10.0.1.4', { asgs: [ASG_APP] }), ...extra];
}
const allow = (name: string, priority: number, over: Partial<NsgSecurityRule>) => rule({ name, priority, protocol: 'Tcp', sourceAddressPrefixes: [], destinationPortRanges: ['5432'], ...over });
const denyVnet = rule({ name: 'deny-vnet', priority: 4000, access: 'Deny', protocol: '*', sourceAddressPrefixes: ['VirtualNetwork'], destinationPortRanges: ['*'] });

function peered(states: [string | undefined, string | undefined], allowAccess = true): Resource[] {
  const HUB = `${RG}/providers/Microsoft.Network/virtualNetworks/hub`;
  const p = (remote: string, state: string | undefined): VnetPeering => ({ remoteVirtualNetworkId: remote, allowVirtualNetworkAccess: allowAccess, peeringState: state });
  return [
    vnet({ peerings: [p(HUB, states[0])] }), vnet({ addressPrefixes: ['10.9.0.0/16'], peerings: [p(VNET, states[1])] }, { id: HUB, name: 'hub' }),
    sub('tools', '10.9.1.0/24', null, HUB), sub('data', '10.0.2.0/24', 'data-nsg'), group('data-nsg', []),
    machine('tools', 'tools', '10.9.1.4', { vnetId: HUB }),
  ];
}

const publicSql = (firewallRules: { name: string; startIpAddress: string; endIpAddress: string }[]) => sqlServer({ publicNetworkAccess: 'Enabled', firewallRules }, { tags: PHI });

checkCases(check, {
  pass: [
    { name: 'the data NSG admits only 5432 from the app ASG and denies the rest of the VNet', resource: ehr(), inventory: net([allow('pg', 100, { sourceApplicationSecurityGroupIds: [ASG_APP] }), denyVnet]) },
    { name: 'a NIC NSG denies what the subnet NSG lets in (both must allow)', resource: ehr({ nicNsg: 'nic-nsg' }), inventory: net([], [group('nic-nsg', [denyVnet])]) },
    { name: 'peered VNet whose peering is only Initiated on one side', resource: ehr(), inventory: peered(['Connected', 'Initiated']) },
    { name: 'peered without virtual network access: AllowVnetInBound does not cover it', resource: ehr(), inventory: peered(['Connected', 'Connected'], false) },
    { name: 'a SQL server with public access off', resource: sqlServer({ publicNetworkAccess: 'Disabled', firewallRules: [{ name: 'all', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] }, { tags: PHI }), inventory: [] },
    { name: 'a SQL server open to one office range and to Azure services', resource: publicSql([{ name: 'office', startIpAddress: '198.51.100.0', endIpAddress: '198.51.100.255' }, { name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }]), inventory: [] },
    { name: 'a storage account whose firewall denies by default', resource: storageAccount({ networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: ['203.0.113.0/24'], virtualNetworkRules: [] } }, { tags: PHI }), inventory: [] },
  ],
  fail: [
    { name: 'no custom rule: AllowVnetInBound lets the app VM in on every port (a flat network)', resource: ehr(), inventory: net([]), evidencePath: 'reachability.paths' },
    { name: 'the subnet has no NSG at all', resource: ehr(), inventory: [vnet(), sub('app', '10.0.1.0/24', null), sub('data', '10.0.2.0/24', null), machine('app', 'app', '10.0.1.4')], evidencePath: 'reachability.paths' },
    { name: 'an allow-all rule for the app ASG above the VNet deny', resource: ehr(), inventory: net([allow('app-all', 100, { protocol: '*', destinationPortRanges: ['*'], sourceApplicationSecurityGroupIds: [ASG_APP] }), denyVnet]), evidencePath: 'reachability.paths' },
    { name: 'the same subnet: a VM next to the ePHI VM, subnet NSG with only default rules', resource: ehr(), inventory: [vnet(), sub('data', '10.0.2.0/24', 'data-nsg'), group('data-nsg', []), machine('batch', 'data', '10.0.2.5')], evidencePath: 'reachability.paths' },
    { name: 'a peered VNet (both sides Connected) on every port', resource: ehr(), inventory: peered(['Connected', 'Connected']), evidencePath: 'reachability.paths' },
    { name: 'a SQL server open to every address', resource: publicSql([{ name: 'all', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }]), inventory: [], evidencePath: 'reachability.paths' },
    { name: 'a storage account whose firewall allows by default', resource: storageAccount({ networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } }, { tags: PHI }), inventory: [], evidencePath: 'reachability.paths' },
    { name: 'a VNet-injected PostgreSQL server in a flat VNet', resource: postgres({}, { tags: PHI }), inventory: [vnet(), sub('db', '10.0.3.0/24', null), sub('app', '10.0.1.0/24', null), machine('app', 'app', '10.0.1.4')], evidencePath: 'reachability.paths' },
  ],
  notAssessed: [
    { name: 'tags unreadable: whether it holds ePHI is unknown', resource: { ...machine('plain', 'data', '10.0.2.9'), tags: undefined }, inventory: net([]), evidencePath: 'tags' },
    { name: 'the data NSG rules could not be read', resource: ehr(), inventory: net(undefined), evidencePath: 'reachability.unknown' },
    { name: 'the data subnet is not in the inventory', resource: ehr(), inventory: [vnet(), sub('app', '10.0.1.0/24', null), machine('app', 'app', '10.0.1.4')], evidencePath: 'reachability.unknown' },
    { name: 'the peering state is not known (the remote side is outside the input)', resource: ehr(), inventory: peered(['Connected', undefined]), evidencePath: 'reachability.unknown' },
    { name: 'SQL firewall rules could not be read', resource: sqlServer({ publicNetworkAccess: 'Enabled', firewallRules: undefined }, { tags: PHI }), inventory: [], evidencePath: 'reachability.unknown' },
    {
      name: 'NSGs could not be listed in the subscription', resource: ehr(), inventory: net([allow('pg', 100, { sourceApplicationSecurityGroupIds: [ASG_APP] }), denyVnet]), evidencePath: 'reachability.unknown',
      gaps: [{ provider: 'azure', service: 'network', operation: 'list', account: '00000000-0000-0000-0000-000000000001', resourceTypes: ['azure.network.security-group'], reason: 'access-denied', message: 'denied' }],
    },
  ],
  notApplicable: [{ name: 'not tagged as ePHI', resource: machine('plain', 'data', '10.0.2.9'), inventory: net([]) }],
});

describe('azure-network-ephi-segmented evidence', () => {
  it('names the NSG default rule that made the network flat, hop by hop', () => {
    const target = ehr();
    const v = check.evaluate(target, makeContext({}, [target, ...net([])]));
    expect(v.status).toBe('fail');
    if (v.status === 'not_applicable') return;
    const paths = v.evidence.find((e) => e.path === 'reachability.paths')?.observed as { class: string; source: { name: string }; hops: { role: string; rules: string[] }[] }[];
    expect(paths[0]?.class).toBe('non-ephi-all-ports');
    expect(paths[0]?.source.name).toBe('app');
    expect(paths[0]?.hops.map((h) => h.role)).toEqual(['outbound (NIC)', 'outbound (subnet)', 'route', 'inbound (subnet)', 'inbound (NIC)']);
    expect(paths[0]?.hops[3]?.rules).toEqual(['data-nsg inbound 65000 AllowVnetInBound allow all traffic from VirtualNetwork']);
    expect(paths[0]?.hops[4]?.rules).toEqual(['no network security group (all traffic allowed)']);
  });
});
