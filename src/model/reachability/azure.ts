import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';
import { byString } from '../order.js';
import type { Resource, ResourceType } from '../resource.js';
import type { NsgSecurityRule, VirtualNetworkConfig } from '../types/azure/index.js';
import { PUBLIC_V4, parseCidr, parseCidrs, parseIpRange } from './address.js';
import { IntSet } from './intset.js';
import { allowListPath, atoms, internetPath } from './internet.js';
import { anyMatch, CLOSED, firstMatch, matchAddress, open, unknown, type Match, type Passage, type RuleHit } from './passage.js';
import { anyPath, path, reachOf, type Layer, type Path, type Reach, type ReachAnalysis } from './reach.js';
import { Resolver } from './resolve.js';
import { ALL_TRAFFIC, describeTraffic, portRanges, trafficOf, trafficOfRanges } from './traffic.js';

/**
 * Azure reachability: network security groups at the subnet and at the NIC (inbound: subnet
 * first, then NIC; outbound: NIC, then subnet; both must allow), their default rules, service
 * tags and application security groups, VNet peering, and the public endpoints of data stores
 * (SQL, PostgreSQL and MySQL flexible servers, Cosmos DB, storage accounts, Redis).
 *
 * - https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works
 *   (evaluation order; NSG rules on a subnet also filter traffic between VMs inside it)
 * - https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#default-security-rules
 *   (AllowVNetInBound 65000, AllowAzureLoadBalancerInBound 65001, DenyAllInBound 65500;
 *   AllowVnetOutBound 65000, AllowInternetOutBound 65001, DenyAllOutBound 65500)
 * - https://learn.microsoft.com/azure/virtual-network/service-tags-overview (VirtualNetwork:
 *   the VNet's space and peered VNets' when the peering allows virtual network access)
 * - https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses#sku
 *   (Standard public IPs, the only SKU since Basic retired in September 2025, are closed to
 *   inbound traffic unless an NSG allows it)
 * - https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview
 *   (peering is not transitive; traffic flows once both sides are Connected)
 * User-defined routes are not read: they can only send traffic through an appliance or drop it.
 */

export const AZURE_REACHABILITY_TYPES = [
  'azure.compute.virtual-machine', 'azure.cosmosdb.account', 'azure.mysql.flexible-server', 'azure.network.security-group', 'azure.network.subnet',
  'azure.network.virtual-network', 'azure.postgresql.flexible-server', 'azure.redis.cache', 'azure.sql.server', 'azure.storage.account',
] as const satisfies readonly ResourceType[];

export const AZURE_REACHABILITY_TARGETS = [
  'azure.compute.virtual-machine', 'azure.cosmosdb.account', 'azure.mysql.flexible-server', 'azure.postgresql.flexible-server', 'azure.redis.cache', 'azure.sql.server', 'azure.storage.account',
] as const satisfies readonly ResourceType[];
export type AzureTarget = Resource<(typeof AZURE_REACHABILITY_TARGETS)[number]>;

type IsEphi = (r: ResourceSummary) => boolean;

/** An interface (or a VNet-injected service) in a subnet. */
interface Endpoint {
  readonly subnetId: string | undefined;
  readonly subnet: Resource<'azure.network.subnet'> | undefined;
  /** NIC-level NSG id; null = none; undefined = not known. */
  readonly nicNsg: string | null | undefined;
  /** Application security groups (lower-cased ids); undefined = not known. */
  readonly asgs: ReadonlySet<string> | undefined;
  /** The interface's addresses, or its subnet's range when they are not known. */
  readonly addresses: IntSet | undefined;
}

/** One side of a rule: who the traffic comes from or goes to. */
interface Party {
  readonly internet: boolean;
  readonly addresses: IntSet | undefined;
  readonly asgs: ReadonlySet<string> | undefined;
  /** Inside the NSG's VirtualNetwork space (its VNet or a peered VNet that grants access); undefined = not known. */
  readonly inVirtualNetwork: boolean | undefined;
}

const DEFAULT_RULES: Readonly<Record<'Inbound' | 'Outbound', readonly NsgSecurityRule[]>> = {
  Inbound: [
    defaultRule('AllowVnetInBound', 'Inbound', 'Allow', 65000, ['VirtualNetwork'], ['VirtualNetwork']),
    defaultRule('AllowAzureLoadBalancerInBound', 'Inbound', 'Allow', 65001, ['AzureLoadBalancer'], ['*']),
    defaultRule('DenyAllInBound', 'Inbound', 'Deny', 65500, ['*'], ['*']),
  ],
  Outbound: [
    defaultRule('AllowVnetOutBound', 'Outbound', 'Allow', 65000, ['VirtualNetwork'], ['VirtualNetwork']),
    defaultRule('AllowInternetOutBound', 'Outbound', 'Allow', 65001, ['*'], ['Internet']),
    defaultRule('DenyAllOutBound', 'Outbound', 'Deny', 65500, ['*'], ['*']),
  ],
};

function defaultRule(name: string, direction: 'Inbound' | 'Outbound', access: 'Allow' | 'Deny', priority: number, src: string[], dst: string[]): NsgSecurityRule {
  return {
    name, direction, access, protocol: '*', priority, sourceAddressPrefixes: src, sourceApplicationSecurityGroupIds: [], sourcePortRanges: ['*'],
    destinationAddressPrefixes: dst, destinationApplicationSecurityGroupIds: [], destinationPortRanges: ['*'],
  };
}

const lower = (s: string): string => s.toLowerCase();

const memo = new WeakMap<InventoryView, AzureTopology>();

export function analyzeAzure(target: AzureTarget, inventory: InventoryView, isEphi: IsEphi): ReachAnalysis {
  let topo = memo.get(inventory);
  if (!topo) memo.set(inventory, (topo = new AzureTopology(inventory)));
  return topo.analyze(target, isEphi);
}

/** The service port a data store's public endpoint serves. */
const SERVICE_PORT: Readonly<Record<string, number>> = {
  'azure.sql.server': 1433, 'azure.postgresql.flexible-server': 5432, 'azure.mysql.flexible-server': 3306, 'azure.redis.cache': 6380, 'azure.cosmosdb.account': 443, 'azure.storage.account': 443,
};

class AzureTopology {
  private readonly subnets: Resolver<'azure.network.subnet'>;
  private readonly vnets: Resolver<'azure.network.virtual-network'>;
  private readonly nsgs: Resolver<'azure.network.security-group'>;
  private readonly sources = new Map<IsEphi, readonly SourceGroup[]>();
  private readonly cache = new Map<string, Path>();

  constructor(private readonly inventory: InventoryView) {
    this.subnets = Resolver.of(inventory, 'azure.network.subnet');
    this.vnets = Resolver.of(inventory, 'azure.network.virtual-network');
    this.nsgs = Resolver.of(inventory, 'azure.network.security-group');
  }

  private vnetOf(e: Endpoint): string | undefined {
    const v = e.subnet?.config.virtualNetworkId ?? (e.subnetId ? vnetIdOf(e.subnetId) : undefined);
    return v ? (this.vnets.get(v)?.id ?? v).toLowerCase() : undefined;
  }

  /** Is `other` inside the VirtualNetwork tag of `home`: the same VNet, or peered with access granted by `home`'s side. */
  private virtualNetworkTag(home: string | undefined, other: string | undefined): boolean | undefined {
    if (home === undefined || other === undefined) return undefined;
    if (home === other) return true;
    const peering = this.peering(home, other);
    return peering === undefined ? undefined : peering !== null && peering.allowVirtualNetworkAccess;
  }

  private peering(from: string, to: string): NonNullable<VirtualNetworkConfig['peerings']>[number] | null | undefined {
    const v = this.vnets.get(from);
    if (!v?.config.peerings) return undefined;
    return v.config.peerings.find((p) => (this.vnets.get(p.remoteVirtualNetworkId)?.id ?? p.remoteVirtualNetworkId).toLowerCase() === to) ?? null;
  }

  private routeLayer(src: Endpoint, dst: Endpoint): Layer {
    const s = this.vnetOf(src);
    const t = this.vnetOf(dst);
    const lay = (passage: Passage): Layer => ({ kind: 'peering', resourceId: t ?? dst.subnetId ?? '', role: 'route', passage });
    if (s === undefined || t === undefined) return lay(unknown('the virtual network of an interface is not known'));
    if (s === t) return { kind: 'route', resourceId: s, role: 'route', passage: open('same virtual network (system route)') };
    const there = this.peering(s, t);
    const back = this.peering(t, s);
    if (there === undefined || back === undefined) return lay(unknown(`the peerings of ${name(s)} and ${name(t)} could not be read in full`));
    if (there === null || back === null) return lay(CLOSED);
    if (there.peeringState === undefined || back.peeringState === undefined) return lay(unknown(`the state of the peering between ${name(s)} and ${name(t)} is not known`));
    return lay(there.peeringState === 'Connected' && back.peeringState === 'Connected' ? open(`peering ${name(s)} <-> ${name(t)} (Connected)`) : CLOSED);
  }

  /** One NSG's verdict on a flow (the parties say whether they are inside its VirtualNetwork tag). */
  private nsgPassage(nsgId: string | null | undefined, direction: 'Inbound' | 'Outbound', src: Party, dst: Party): { id: string | undefined; passage: Passage } {
    if (nsgId === null) return { id: undefined, passage: open('no network security group (all traffic allowed)') };
    if (nsgId === undefined) return { id: undefined, passage: unknown('the network security group is not known') };
    const nsg = this.nsgs.get(nsgId);
    if (!nsg) return { id: nsgId, passage: unknown(`network security group ${name(nsgId)} is not in the inventory`) };
    const rules = nsg.config.securityRules;
    if (!rules) return { id: nsg.id, passage: unknown(`rules of ${nsg.name} could not be read`) };
    const ordered = [...rules.filter((r) => r.direction === direction).sort((a, b) => a.priority - b.priority), ...DEFAULT_RULES[direction]];
    const hits = ordered.map((r) => nsgHit(nsg.name, r, src, dst));
    return { id: nsg.id, passage: firstMatch(hits, { action: 'deny', rule: `${nsg.name} (no rule matched)` }) };
  }

  private endpointsOfVm(vm: Resource<'azure.compute.virtual-machine'>): Endpoint[] | undefined {
    return vm.config.networkInterfaces?.map((nic) => {
      const subnetId = nic.subnetIds[0];
      const subnet = subnetId ? this.subnets.get(subnetId) : undefined;
      const ips = nic.privateIpAddresses ? parseCidrs(nic.privateIpAddresses) : undefined;
      return { subnetId, subnet, nicNsg: nic.networkSecurityGroupId, asgs: nic.applicationSecurityGroupIds ? new Set(nic.applicationSecurityGroupIds.map(lower)) : undefined, addresses: ips ?? this.rangeOf(subnet) };
    });
  }

  private rangeOf(subnet: Resource<'azure.network.subnet'> | undefined): IntSet | undefined {
    return subnet?.config.addressPrefixes ? parseCidrs(subnet.config.addressPrefixes) : undefined;
  }

  private injected(subnetId: string): Endpoint {
    const subnet = this.subnets.get(subnetId);
    return { subnetId, subnet, nicNsg: null, asgs: new Set(), addresses: this.rangeOf(subnet) };
  }

  /** The subnet's NSG: null = none; undefined = not known (the subnet is not in the inventory). */
  private subnetNsg(e: Endpoint): string | null | undefined {
    if (!e.subnet) return undefined;
    return e.subnet.config.networkSecurityGroupId;
  }

  private workloadPath(src: Endpoint, dst: Endpoint): Path {
    const key = `${src.subnetId ?? ''}|${src.nicNsg ?? '-'}|${[...(src.asgs ?? ['?'])].join(',')}|${spanKey(src.addresses)}>${dst.subnetId ?? ''}|${dst.nicNsg ?? '-'}|${[...(dst.asgs ?? ['?'])].join(',')}|${spanKey(dst.addresses)}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const sv = this.vnetOf(src);
    const tv = this.vnetOf(dst);
    const from = (home: string | undefined): Party => ({ internet: false, addresses: src.addresses, asgs: src.asgs, inVirtualNetwork: this.virtualNetworkTag(home, sv) });
    const to = (home: string | undefined): Party => ({ internet: false, addresses: dst.addresses, asgs: dst.asgs, inVirtualNetwork: this.virtualNetworkTag(home, tv) });
    const layer = (role: string, r: { id: string | undefined; passage: Passage }, fallback: string | undefined): Layer => ({ kind: 'network-security-group', resourceId: r.id ?? fallback ?? '', role, passage: r.passage });
    const p = path([
      layer('outbound (NIC)', this.nsgPassage(src.nicNsg, 'Outbound', from(sv), to(sv)), src.subnetId),
      layer('outbound (subnet)', this.nsgPassage(this.subnetNsg(src), 'Outbound', from(sv), to(sv)), src.subnetId),
      this.routeLayer(src, dst),
      layer('inbound (subnet)', this.nsgPassage(this.subnetNsg(dst), 'Inbound', from(tv), to(tv)), dst.subnetId),
      layer('inbound (NIC)', this.nsgPassage(dst.nicNsg, 'Inbound', from(tv), to(tv)), dst.subnetId),
    ]);
    this.cache.set(key, p);
    return p;
  }

  /** From the internet to a VM's public IP: both NSGs must allow, and a Standard public IP with no NSG at all is closed. */
  private internetToVm(dst: Endpoint): Path {
    const nsgIds = [this.subnetNsg(dst), dst.nicNsg];
    const cuts = nsgIds.flatMap((id) => (id ? (this.nsgs.get(id)?.config.securityRules ?? []) : [])).flatMap((r) => r.sourceAddressPrefixes.map((p) => parseCidr(p)));
    // Public IPv4 (an IPv6 public IP is not told apart in the inventory).
    const perAtom = atoms(PUBLIC_V4, cuts).map((a): Path => {
      const src: Party = { internet: true, addresses: a, asgs: new Set(), inVirtualNetwork: false };
      const dstParty: Party = { internet: false, addresses: dst.addresses, asgs: dst.asgs, inVirtualNetwork: true };
      const subnet = this.nsgPassage(nsgIds[0], 'Inbound', src, dstParty);
      const nic = this.nsgPassage(nsgIds[1], 'Inbound', src, dstParty);
      const layers: Layer[] = [
        { kind: 'public-endpoint', resourceId: dst.subnetId ?? '', role: 'public IP (Standard SKU)', passage: nsgIds[0] === null && nsgIds[1] === null ? CLOSED : open('public IP address') },
        { kind: 'network-security-group', resourceId: subnet.id ?? dst.subnetId ?? '', role: 'inbound (subnet)', passage: subnet.passage },
        { kind: 'network-security-group', resourceId: nic.id ?? dst.subnetId ?? '', role: 'inbound (NIC)', passage: nic.passage },
      ];
      return path(layers);
    });
    return internetPath(perAtom) ?? path([{ kind: 'public-endpoint', resourceId: dst.subnetId ?? '', role: 'public IP', passage: CLOSED }]);
  }

  /**
   * A data store's public endpoint: `ranges` the firewall admits (undefined = not known, 'all' = every
   * address); closed when public network access is off.
   */
  private publicEndpoint(target: AzureTarget, port: number, access: { open: boolean | undefined; ranges: readonly { label: string; range: IntSet | undefined }[] | 'all' | undefined; why: string }): Path | undefined {
    const traffic = trafficOf('tcp', port, port) ?? ALL_TRAFFIC;
    const lay = (passage: Passage): Path => path([{ kind: 'service-firewall', resourceId: target.id, role: 'public endpoint', passage }]);
    if (access.open === false) return undefined;
    if (access.open === undefined) return lay(unknown(`${access.why}: public network access is not known`));
    if (access.ranges === undefined) return lay(unknown(`${access.why}: the firewall rules are not known`));
    if (access.ranges === 'all') return lay({ ...open(`${access.why}: all networks`), definite: traffic, possible: traffic, allowedBy: [{ rule: `${access.why}: all networks`, traffic, certain: true }] });
    return allowListPath(access.ranges, traffic, lay, 'no firewall rule');
  }

  private dataStoreEndpoint(target: AzureTarget): Path | undefined {
    const port = SERVICE_PORT[target.type] ?? 443;
    switch (target.type) {
      case 'azure.sql.server': {
        const c = (target as Resource<'azure.sql.server'>).config;
        return this.publicEndpoint(target, port, {
          open: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled',
          // 0.0.0.0-0.0.0.0 is "Allow Azure services": every Azure tenant's addresses, not one range.
          ranges: c.firewallRules?.filter((r) => !(r.startIpAddress === '0.0.0.0' && r.endIpAddress === '0.0.0.0')).map((r) => ({ label: `${r.name} ${r.startIpAddress}-${r.endIpAddress}`, range: parseIpRange(r.startIpAddress, r.endIpAddress) })),
          why: 'SQL server firewall',
        });
      }
      case 'azure.postgresql.flexible-server':
      case 'azure.mysql.flexible-server': {
        const c = (target as Resource<'azure.postgresql.flexible-server'>).config;
        return this.publicEndpoint(target, port, {
          open: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled' && !c.delegatedSubnetResourceId,
          ranges: c.firewallRules?.map((r) => ({ label: `${r.name} ${r.startIpAddress}-${r.endIpAddress}`, range: parseIpRange(r.startIpAddress, r.endIpAddress) })),
          why: 'flexible server firewall',
        });
      }
      case 'azure.redis.cache': {
        const c = (target as Resource<'azure.redis.cache'>).config;
        return this.publicEndpoint(target, port, { open: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === 'Enabled' && !c.subnetId, ranges: undefined, why: 'Redis firewall (its rules are not collected)' });
      }
      case 'azure.cosmosdb.account': {
        const c = (target as Resource<'azure.cosmosdb.account'>).config;
        const ipRules = c.ipRules;
        return this.publicEndpoint(target, port, {
          open: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess !== 'Disabled' && c.publicNetworkAccess !== 'SecuredByPerimeter',
          ranges: c.isVirtualNetworkFilterEnabled === undefined || ipRules === undefined ? undefined : ipRules.length === 0 ? (c.isVirtualNetworkFilterEnabled ? [] : 'all') : ipRules.map((r) => ({ label: r, range: parseCidr(r) })),
          why: 'Cosmos DB firewall',
        });
      }
      case 'azure.storage.account': {
        const c = (target as Resource<'azure.storage.account'>).config;
        const acl = c.networkAcls;
        return this.publicEndpoint(target, port, {
          open: c.publicNetworkAccess === undefined ? undefined : c.publicNetworkAccess === null || c.publicNetworkAccess === 'Enabled',
          ranges: acl === undefined ? undefined : acl.defaultAction === 'Allow' ? 'all' : acl.ipRules.map((r) => ({ label: r, range: parseCidr(r) })),
          why: 'storage account firewall',
        });
      }
      case 'azure.compute.virtual-machine':
        return undefined;
    }
  }

  /** Where a target sits in a VNet (VM NICs, VNet-injected servers and caches); [] when it has no private placement. */
  private placements(target: AzureTarget): { endpoints: Endpoint[]; incomplete: string[] } {
    switch (target.type) {
      case 'azure.compute.virtual-machine': {
        const eps = this.endpointsOfVm(target as Resource<'azure.compute.virtual-machine'>);
        return eps ? { endpoints: eps, incomplete: eps.some((e) => !e.subnet) ? ['a subnet of the VM is not in the inventory'] : [] } : { endpoints: [], incomplete: ['the network interfaces of the VM are not known'] };
      }
      case 'azure.postgresql.flexible-server':
      case 'azure.mysql.flexible-server': {
        const s = (target as Resource<'azure.postgresql.flexible-server'>).config.delegatedSubnetResourceId;
        return s === undefined ? { endpoints: [], incomplete: ['whether the server is VNet-injected is not known'] } : { endpoints: s ? [this.injected(s)] : [], incomplete: [] };
      }
      case 'azure.redis.cache': {
        const s = (target as Resource<'azure.redis.cache'>).config.subnetId;
        return s === undefined ? { endpoints: [], incomplete: ['whether the cache is VNet-injected is not known'] } : { endpoints: s ? [this.injected(s)] : [], incomplete: [] };
      }
      case 'azure.sql.server':
      case 'azure.cosmosdb.account':
      case 'azure.storage.account':
        return { endpoints: [], incomplete: [] };
    }
  }

  analyze(target: AzureTarget, isEphi: IsEphi): ReachAnalysis {
    const dataStore = target.type !== 'azure.compute.virtual-machine';
    const { endpoints, incomplete } = this.placements(target);
    const reaches: Reach[] = [];
    const internet = dataStore
      ? this.dataStoreEndpoint(target)
      : anyPath((target as Resource<'azure.compute.virtual-machine'>).config.networkInterfaces?.flatMap((nic, i) => (nic.publicIpAddressIds.length > 0 && endpoints[i] ? [this.internetToVm(endpoints[i])] : [])) ?? []);
    if (internet && !internet.passage.possible.isEmpty) reaches.push(reachOf({ kind: 'internet', id: null, name: 'the internet', alike: [] }, internet));
    for (const group of this.sourceGroups(isEphi)) {
      const best = anyPath(endpoints.map((t) => this.workloadPath(group.endpoint, t)));
      if (best && !best.passage.possible.isEmpty) {
        const [first, ...rest] = group.members;
        if (first) reaches.push(reachOf({ kind: 'workload', id: first.id, name: first.name, alike: rest.map((m) => m.id) }, best));
      }
    }
    const sources = this.sourceGroups(isEphi).reduce((n, g) => n + g.members.length, 0) + 1;
    const filters = new Set(endpoints.flatMap((e) => [this.subnetNsg(e), e.nicNsg].filter((x): x is string => typeof x === 'string'))).size + (dataStore ? 1 : 0);
    return { targetId: target.id, dataStore, reaches, evaluated: { sources, filters }, incomplete };
  }

  /** Non-ePHI VMs, one endpoint per NIC, grouped by subnet, NSG, ASGs and address. */
  private sourceGroups(isEphi: IsEphi): readonly SourceGroup[] {
    const known = this.sources.get(isEphi);
    if (known) return known;
    const groups = new Map<string, SourceGroup>();
    for (const vm of this.inventory.ofType('azure.compute.virtual-machine')) {
      if (isEphi(vm)) continue;
      const endpoints = this.endpointsOfVm(vm) ?? [{ subnetId: undefined, subnet: undefined, nicNsg: undefined, asgs: undefined, addresses: undefined }];
      for (const e of endpoints) {
        const key = `${e.subnetId ?? `?${vm.id}`}|${e.nicNsg ?? '-'}|${[...(e.asgs ?? [`?${vm.id}`])].join(',')}|${spanKey(e.addresses)}`;
        const g = groups.get(key);
        if (g) {
          if (!g.members.includes(vm)) g.members.push(vm);
        } else groups.set(key, { endpoint: e, members: [vm] });
      }
    }
    const list = [...groups.values()].sort((a, b) => byString((a.members[0] as Resource).id, (b.members[0] as Resource).id));
    this.sources.set(isEphi, list);
    return list;
  }
}

interface SourceGroup {
  readonly endpoint: Endpoint;
  readonly members: Resource<'azure.compute.virtual-machine'>[];
}

function spanKey(s: IntSet | undefined): string {
  return s ? s.spans.map(([a, b]) => `${a}-${b}`).join(',') : '?';
}

function name(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** `.../virtualNetworks/v/subnets/s` -> `.../virtualNetworks/v`. */
function vnetIdOf(subnetId: string): string | undefined {
  const i = subnetId.toLowerCase().indexOf('/subnets/');
  return i < 0 ? undefined : subnetId.slice(0, i);
}

/** How an address prefix or service tag of a rule matches one party. */
function prefixMatch(prefix: string, party: Party): Match {
  const p = prefix.trim().toLowerCase();
  if (p === '*' || p === 'any') return 'yes';
  if (p === 'internet') return party.internet ? 'yes' : 'no';
  if (p === 'virtualnetwork') return party.internet ? 'no' : party.inVirtualNetwork === undefined ? 'maybe' : party.inVirtualNetwork ? 'yes' : 'no';
  const range = parseCidr(prefix);
  // Other service tags (AzureLoadBalancer, Storage, AzureCloud...) name Azure's own ranges: neither a VM's private address nor the internet at large.
  if (!range) return 'no';
  if (!party.addresses) return 'maybe';
  return matchAddress(range, party.addresses);
}

function sideMatch(prefixes: readonly string[], asgs: readonly string[], party: Party): Match {
  let m: Match = 'no';
  for (const p of prefixes) m = anyMatch(m, prefixMatch(p, party));
  if (asgs.length > 0 && !party.internet) m = anyMatch(m, party.asgs === undefined ? 'maybe' : asgs.some((a) => party.asgs?.has(lower(a))) ? 'yes' : 'no');
  return m;
}

function allMatch(...ms: Match[]): Match {
  return ms.includes('no') ? 'no' : ms.includes('maybe') ? 'maybe' : 'yes';
}

/** Source ports: `*`, or a range holding every ephemeral port, matches any client. */
function sourcePortsMatch(ranges: readonly string[]): Match {
  if (ranges.length === 0) return 'yes';
  const parsed = portRanges(ranges);
  if (!parsed) return 'maybe';
  return parsed.some(([a, b]) => a <= 1024 && b >= 65535) ? 'yes' : 'maybe';
}

function nsgHit(nsgName: string, r: NsgSecurityRule, src: Party, dst: Party): RuleHit {
  const ports = portRanges(r.destinationPortRanges);
  const traffic = ports ? trafficOfRanges(r.protocol, ports) : undefined;
  const match = allMatch(sideMatch(r.sourceAddressPrefixes, r.sourceApplicationSecurityGroupIds, src), sideMatch(r.destinationAddressPrefixes, r.destinationApplicationSecurityGroupIds, dst), sourcePortsMatch(r.sourcePortRanges));
  const wholeInternet = r.sourceAddressPrefixes.some((p) => ['*', 'any', 'internet', '0.0.0.0/0'].includes(p.trim().toLowerCase()));
  const label = `${nsgName} ${r.direction.toLowerCase()} ${r.priority} ${r.name} ${r.access.toLowerCase()} ${traffic ? describeTraffic(traffic) : `${r.protocol} ${r.destinationPortRanges.join(',')}`} from ${[...r.sourceAddressPrefixes, ...r.sourceApplicationSecurityGroupIds.map(name)].join(', ')}`;
  return {
    rule: label, action: r.access === 'Allow' ? 'allow' : 'deny', traffic: traffic ?? ALL_TRAFFIC,
    match: traffic ? match : match === 'no' ? 'no' : 'maybe',
    narrow: r.access === 'Deny' && src.internet && !wholeInternet,
    ...(match === 'maybe' || !traffic ? { doubt: traffic ? `${label}: the exact address, tag or group membership is not known` : `${label} does not parse` } : {}),
  };
}
