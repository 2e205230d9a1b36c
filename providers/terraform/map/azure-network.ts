import type { IacSource, Resource } from '../../../src/model/resource.js';
import type { FlowLog, SubnetConfig } from '../../../src/model/types/azure/index.js';
import { UNKNOWN, type TfResource } from '../model.js';
import { allKnown, type Reader, readerOf } from '../reader.js';
import { azure } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * azurerm VNets and subnets. A subnet is either its own `azurerm_subnet` (NSG attached by
 * `azurerm_subnet_network_security_group_association`) or an inline `subnet` block of the VNet
 * (NSG in `security_group`); inline subnets get the id `<vnet id>/subnets/<name>`, as in ARM.
 * Flow logs (`azurerm_network_watcher_flow_log`) join the VNet they or their subnet target.
 */

const NSG_TYPES = ['azurerm_network_security_group'];
export const FLOW_LOG = 'azurerm_network_watcher_flow_log';

export function flowLog(f: TfResource, ctx: MapContext): FlowLog | undefined {
  const v = readerOf(f);
  const enabled = v.bool('enabled');
  const retention = v.block('retention_policy');
  const analytics = v.block('traffic_analytics');
  if (typeof enabled !== 'boolean' || retention === undefined || analytics === undefined) return undefined;
  const keep = retention?.bool('enabled', false);
  return {
    id: ctx.id(f),
    enabled,
    retentionDays: keep ? (retention?.num('days', 0) ?? null) : null,
    trafficAnalyticsEnabled: analytics?.bool('enabled', false) === true,
    targetResourceId: ctx.idOrRef(f, 'target_resource_id', ['azurerm_virtual_network', 'azurerm_subnet', ...NSG_TYPES]) ?? ctx.idOrRef(f, 'network_security_group_id', NSG_TYPES) ?? '',
  };
}

/** The subnet's delegations (`delegation.service_delegation.name`); undefined when unknown. */
function delegations(v: Reader): string[] | undefined {
  const list = v.blocks('delegation');
  if (!list) return undefined;
  const names = list.map((d) => d.block('service_delegation')?.str('name'));
  return names.some((n) => n === undefined) ? undefined : names.filter((n): n is string => typeof n === 'string');
}

function subnet(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const vnet = ctx.parent(r, 'virtual_network_name', ['azurerm_virtual_network'], ['name']);
  const associations = ctx.children(r, 'azurerm_subnet_network_security_group_association', 'subnet_id', ['id']);
  const nsg = associations[0] ? ctx.idOrRef(associations[0], 'network_security_group_id', NSG_TYPES) : null;
  const config: SubnetConfig = {
    addressPrefixes: v.strings('address_prefixes'),
    networkSecurityGroupId: nsg,
    delegations: delegations(v),
    privateEndpointNetworkPolicies: v.str('private_endpoint_network_policies', 'Disabled'),
    virtualNetworkId: vnet ? ctx.id(vnet) : undefined,
  };
  return iacResource(ctx, r, {
    ...azure(r, v, associations),
    region: (vnet ? readerOf(vnet).str('location') : undefined) ?? undefined,
    tags: {},
    type: 'azure.network.subnet',
    name: v.str('name') ?? r.address,
    config,
  });
}

/** Inline `subnet` blocks; the NSG reference is only attributable when there is one block (refs are per attribute path). */
function inlineSubnets(r: TfResource, ctx: MapContext, v: Reader, vnetId: string): Resource[] {
  const blocks = v.blocks('subnet') ?? [];
  const nsgRefs = (r.refs['subnet.security_group'] ?? []).map((a) => ctx.referenced(r, a, NSG_TYPES));
  return blocks.flatMap((b, i) => {
    const name = b.str('name');
    if (!name) return [];
    const raw = b.raw('security_group');
    const nsg = typeof raw === 'string' && raw !== '' ? raw : raw === UNKNOWN ? (blocks.length === 1 && nsgRefs.length === 1 && nsgRefs[0] ? ctx.id(nsgRefs[0]) : undefined) : null;
    const config: SubnetConfig = {
      addressPrefixes: b.strings('address_prefixes'),
      networkSecurityGroupId: nsg,
      delegations: delegations(b),
      privateEndpointNetworkPolicies: b.str('private_endpoint_network_policies', 'Disabled'),
      virtualNetworkId: vnetId,
    };
    const id = `${vnetId}/subnets/${name}`;
    const s = iacResource(ctx, r, { ...azure(r, v), tags: {}, type: 'azure.network.subnet', name, config });
    return [{ ...s, id, source: { ...(s.source as IacSource), address: `${r.address}.subnet[${i}]` } }];
  });
}

/**
 * A peering is Connected once both VNets hold one to the other. When the remote VNet is in this
 * input, its own peerings answer; otherwise the other side is outside the input: not known.
 */
function peeringState(vnet: TfResource, peering: TfResource, ctx: MapContext): string | undefined {
  const remote = ctx.parent(peering, 'remote_virtual_network_id', ['azurerm_virtual_network']);
  if (!remote) return undefined;
  const back = ctx.children(remote, 'azurerm_virtual_network_peering', 'virtual_network_name', ['name']).some((p) => ctx.parent(p, 'remote_virtual_network_id', ['azurerm_virtual_network']) === vnet);
  return back ? 'Connected' : 'Initiated';
}

function virtualNetwork(r: TfResource, ctx: MapContext): Resource[] {
  const v = readerOf(r);
  const subnets = ctx.children(r, 'azurerm_subnet', 'virtual_network_name', ['name']);
  const logRes = [r, ...subnets].flatMap((t) => ctx.children(t, FLOW_LOG, 'target_resource_id', ['id']));
  const logs = logRes.map((f) => flowLog(f, ctx));
  const peerings = ctx.children(r, 'azurerm_virtual_network_peering', 'virtual_network_name', ['name']);
  const peers = peerings.map((p) => ctx.idOrRef(p, 'remote_virtual_network_id', ['azurerm_virtual_network']));
  const detail = peerings.map((p, i) => {
    const remote = peers[i];
    const allow = readerOf(p).bool('allow_virtual_network_access', true);
    if (!remote || allow === undefined || allow === null) return undefined;
    return { remoteVirtualNetworkId: remote, allowVirtualNetworkAccess: allow, peeringState: peeringState(r, p, ctx) };
  });
  const vnet = iacResource(ctx, r, {
    ...azure(r, v, [...logRes, ...peerings]),
    type: 'azure.network.virtual-network',
    name: v.str('name') ?? r.address,
    config: {
      addressPrefixes: v.strings('address_space'),
      peeredVnetIds: allKnown(peers),
      peerings: allKnown(detail),
      flowLogs: allKnown(logs),
    },
  });
  return [vnet, ...inlineSubnets(r, ctx, v, vnet.id)];
}

export const AZURE_NETWORK_MAPPERS = {
  azurerm_virtual_network: virtualNetwork,
  azurerm_subnet: subnet,
};

export const AZURE_NETWORK_JOINED = {
  azurerm_network_watcher_flow_log: ['azurerm_virtual_network'],
  azurerm_virtual_network_peering: ['azurerm_virtual_network'],
  azurerm_subnet_network_security_group_association: ['azurerm_subnet'],
};
