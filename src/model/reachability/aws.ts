import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';
import { pushAll } from '../../lib/arrays.js';
import { byString } from '../order.js';
import type { Resource, ResourceType } from '../resource.js';
import type { NetworkAclEntry, Route, SecurityGroupRule } from '../types/aws/ec2.js';
import { PUBLIC_V4, PUBLIC_V6, parseCidr } from './address.js';
import { IntSet } from './intset.js';
import { atoms, internetPath } from './internet.js';
import { anyAllows, anyMatch, asReplies, CLOSED, EXCLUDED, firstMatch, matchAddress, open, unknown, type Match, type Passage, type RuleHit } from './passage.js';
import { anyPath, path, reachOf, type Layer, type Path, type Reach, type ReachAnalysis } from './reach.js';
import { Resolver, shortId } from './resolve.js';
import { ALL_TRAFFIC, describeTraffic, trafficOf } from './traffic.js';

/**
 * AWS reachability: security groups (stateful, allow-only, SG-to-SG references), network ACLs
 * (stateless, numbered, first match wins, both directions), route tables (longest prefix wins;
 * internet gateways, VPC peering, transit gateways) and VPC peering connections.
 *
 * - Security groups: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html
 *   (a rule referencing a group admits the private addresses of that group's interfaces).
 * - Network ACLs: https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html (lowest number
 *   first; the `*` rule denies). They filter traffic entering and leaving a subnet, so two
 *   interfaces in one subnet are not filtered by it; replies are filtered too (stateless).
 * - Routes: https://docs.aws.amazon.com/vpc/latest/userguide/route-table-priority.html (longest
 *   prefix; a subnet without an explicit association uses the VPC's main table; the `local`
 *   route always covers the VPC's own range).
 * - Peering: https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html (both VPCs
 *   need a route to the other's range through the active connection).
 */

/** Types the AWS analysis reads (for `lookups.types` and coverage gaps). */
export const AWS_REACHABILITY_TYPES = [
  'aws.ec2.instance', 'aws.ec2.network-acl', 'aws.ec2.network-gateway', 'aws.ec2.route-table', 'aws.ec2.security-group', 'aws.ec2.subnet', 'aws.ec2.vpc',
  'aws.rds.cluster', 'aws.rds.instance',
] as const satisfies readonly ResourceType[];

/** ePHI resources the analysis is about. */
export const AWS_REACHABILITY_TARGETS = ['aws.ec2.instance', 'aws.rds.cluster', 'aws.rds.instance'] as const satisfies readonly ResourceType[];
export type AwsTarget = Resource<(typeof AWS_REACHABILITY_TARGETS)[number]>;

type IsEphi = (r: ResourceSummary) => boolean;

/** Who is on the other side of a rule: an address range and the security groups it belongs to. */
interface Peer {
  readonly addresses: IntSet | undefined;
  /** Group keys; undefined = not known. */
  readonly groups: ReadonlySet<string> | undefined;
  readonly internet: boolean;
}

interface SgRule {
  readonly label: string;
  readonly traffic: IntSet | undefined;
  readonly addresses: IntSet | undefined;
  readonly groups: readonly string[];
  readonly prefixLists: readonly string[];
}

interface Sg {
  readonly id: string;
  readonly ingress: readonly SgRule[] | undefined;
  readonly egress: readonly SgRule[] | undefined;
}

interface Subnet {
  readonly id: string;
  readonly vpc: string | undefined;
  readonly cidr: IntSet | undefined;
  readonly resource: Resource<'aws.ec2.subnet'>;
}

/** The place of a source or target: a subnet and the groups of its interface. */
interface Placement {
  readonly subnet: Subnet | undefined;
  readonly subnetRef: string | null | undefined;
  /** Security group keys; undefined = not known. */
  readonly groups: readonly string[] | undefined;
}

const memo = new WeakMap<InventoryView, AwsTopology>();

export function analyzeAws(target: AwsTarget, inventory: InventoryView, isEphi: IsEphi): ReachAnalysis {
  let topo = memo.get(inventory);
  if (!topo) memo.set(inventory, (topo = new AwsTopology(inventory)));
  return topo.analyze(target, isEphi);
}

class AwsTopology {
  private readonly subnets: Resolver<'aws.ec2.subnet'>;
  private readonly vpcs: Resolver<'aws.ec2.vpc'>;
  private readonly groupRes: Resolver<'aws.ec2.security-group'>;
  private readonly gateways: Resolver<'aws.ec2.network-gateway'>;
  private readonly aclBySubnet = new Map<string, Resource<'aws.ec2.network-acl'>[]>();
  private readonly tableBySubnet = new Map<string, Resource<'aws.ec2.route-table'>[]>();
  private readonly mainTableByVpc = new Map<string, Resource<'aws.ec2.route-table'>[]>();
  private readonly defaultGroupByVpc = new Map<string, string>();
  private readonly sgCache = new Map<string, Sg | undefined>();
  private readonly subnetCache = new Map<string, Subnet>();
  private readonly cache = new Map<string, Path>();
  private sources: Map<IsEphi, readonly SourceGroup[]> = new Map();

  constructor(private readonly inventory: InventoryView) {
    this.subnets = Resolver.of(inventory, 'aws.ec2.subnet', true);
    this.vpcs = Resolver.of(inventory, 'aws.ec2.vpc', true);
    this.groupRes = Resolver.of(inventory, 'aws.ec2.security-group', true);
    this.gateways = Resolver.of(inventory, 'aws.ec2.network-gateway', true);
    for (const acl of inventory.ofType('aws.ec2.network-acl')) for (const s of acl.config.subnetIds ?? []) push(this.aclBySubnet, this.subnetKey(s, acl), acl);
    for (const t of inventory.ofType('aws.ec2.route-table')) {
      for (const s of t.config.subnetIds ?? []) push(this.tableBySubnet, this.subnetKey(s, t), t);
      if (t.config.main === true && t.config.vpcId) push(this.mainTableByVpc, this.vpcKey(t.config.vpcId, t), t);
    }
    for (const g of inventory.ofType('aws.ec2.security-group')) if (g.config.isDefault && g.config.vpcId) this.defaultGroupByVpc.set(this.vpcKey(g.config.vpcId, g), g.id);
  }

  private subnetKey(ref: string, near: Resource): string {
    return this.subnets.get(ref, near)?.id ?? shortId(ref).toLowerCase();
  }

  private vpcKey(ref: string, near: Resource): string {
    return this.vpcs.get(ref, near)?.id ?? shortId(ref).toLowerCase();
  }

  private groupKey(ref: string, near: Resource): string {
    return this.groupRes.get(ref, near)?.id ?? shortId(ref).toLowerCase();
  }

  private subnet(ref: string, near: Resource): Subnet | undefined {
    const r = this.subnets.get(ref, near);
    if (!r) return undefined;
    let s = this.subnetCache.get(r.id);
    if (!s) {
      const cidr = r.config.cidrBlock === undefined ? undefined : parseCidr(r.config.cidrBlock);
      s = { id: r.id, vpc: r.config.vpcId ? this.vpcKey(r.config.vpcId, r) : undefined, cidr, resource: r };
      this.subnetCache.set(r.id, s);
    }
    return s;
  }

  /** An interface with no group listed (an IaC resource that sets none) uses its VPC's default group. */
  private groupsOf(refs: readonly string[] | undefined, subnet: Subnet | undefined, near: Resource): readonly string[] | undefined {
    if (refs === undefined) return undefined;
    if (refs.length > 0) return refs.map((g) => this.groupKey(g, near)).sort();
    const dflt = subnet?.vpc ? this.defaultGroupByVpc.get(subnet.vpc) : undefined;
    return dflt ? [dflt] : undefined;
  }

  private sg(key: string): Sg | undefined {
    if (this.sgCache.has(key)) return this.sgCache.get(key);
    const r = this.groupRes.get(key);
    const compiled = r ? { id: r.id, ingress: r.config.ingress?.map((x) => this.sgRule(r, x, 'ingress')), egress: r.config.egress?.map((x) => this.sgRule(r, x, 'egress')) } : undefined;
    this.sgCache.set(key, compiled);
    return compiled;
  }

  private sgRule(sg: Resource<'aws.ec2.security-group'>, rule: SecurityGroupRule, direction: 'ingress' | 'egress'): SgRule {
    const traffic = trafficOf(rule.protocol, rule.fromPort, rule.toPort);
    const cidrs = [...rule.ipv4Ranges, ...rule.ipv6Ranges];
    let addresses: IntSet | undefined = IntSet.EMPTY;
    for (const c of cidrs) {
      const a = parseCidr(c);
      addresses = a && addresses ? addresses.union(a) : undefined;
    }
    const groups = rule.sourceGroupIds.map((g) => this.groupKey(g, sg));
    const peers = [...cidrs, ...rule.sourceGroupIds.map((g) => this.groupRes.get(g, sg)?.name ?? shortId(g)), ...rule.prefixListIds];
    const label = `${sg.name} ${direction} ${traffic ? describeTraffic(traffic) : `protocol ${rule.protocol}`} ${direction === 'ingress' ? 'from' : 'to'} ${peers.join(', ') || 'nothing'}`;
    return { label, traffic, addresses, groups, prefixLists: rule.prefixListIds };
  }

  /** What a set of security groups lets through towards (egress) or from (ingress) a peer. */
  private groupPassage(groups: readonly string[] | undefined, direction: 'ingress' | 'egress', peer: Peer): Passage {
    if (groups === undefined) return unknown('the security groups are not known');
    const hits: RuleHit[] = [];
    for (const key of groups) {
      const sg = this.sg(key);
      if (!sg) return unknown(`security group ${shortId(key)} is not in the inventory`);
      const rules = sg[direction];
      if (!rules) return unknown(`${direction} rules of ${shortId(sg.id)} could not be read`);
      for (const r of rules) hits.push(sgHit(r, peer));
    }
    return anyAllows(hits);
  }

  private acl(subnet: Subnet): Resource<'aws.ec2.network-acl'> | Passage {
    const acls = this.aclBySubnet.get(subnet.id) ?? [];
    if (acls.length === 1) return acls[0] as Resource<'aws.ec2.network-acl'>;
    return unknown(acls.length === 0 ? `no network ACL of subnet ${subnet.resource.name} is in the inventory` : `subnet ${subnet.resource.name} has ${acls.length} network ACLs in the inventory`);
  }

  private aclPassage(acl: Resource<'aws.ec2.network-acl'> | Passage, egress: boolean, peer: IntSet | undefined): Passage {
    if (!('config' in acl)) return acl;
    const entries = acl.config.entries;
    if (entries === undefined) return unknown(`entries of network ACL ${acl.name} could not be read`);
    const hits = entries.filter((e) => e.egress === egress).sort((a, b) => a.ruleNumber - b.ruleNumber).map((e) => aclHit(acl.name, e, peer));
    return firstMatch(hits, { action: 'deny', rule: `${acl.name} ${egress ? 'outbound' : 'inbound'} rule * (deny)` });
  }

  private table(subnet: Subnet): Resource<'aws.ec2.route-table'> | string {
    const explicit = this.tableBySubnet.get(subnet.id) ?? [];
    const tables = explicit.length > 0 ? explicit : subnet.vpc ? (this.mainTableByVpc.get(subnet.vpc) ?? []) : [];
    if (tables.length === 1) return tables[0] as Resource<'aws.ec2.route-table'>;
    return tables.length === 0 ? `no route table of subnet ${subnet.resource.name} is in the inventory` : `subnet ${subnet.resource.name} has ${tables.length} route tables in the inventory`;
  }

  private aclLayers(subnet: Subnet, side: 'source' | 'target', peer: IntSet | undefined): Layer[] {
    const acl = this.acl(subnet);
    const id = 'config' in acl ? acl.id : subnet.id;
    const forward = this.aclPassage(acl, side === 'source', peer);
    const replies = asReplies(this.aclPassage(acl, side === 'target', peer));
    return [
      { kind: 'network-acl', resourceId: id, role: side === 'source' ? 'outbound' : 'inbound', passage: forward },
      { kind: 'network-acl', resourceId: id, role: side === 'source' ? 'replies inbound' : 'replies outbound', passage: replies },
    ];
  }

  /** The route from `from` towards `to` (a range), and whether it crosses the peering that joins their VPCs. */
  private routeLayer(from: Subnet, to: Subnet, role: string): Layer {
    const table = this.table(from);
    if (typeof table === 'string') return { kind: 'route', resourceId: from.id, role, passage: unknown(table) };
    const lay = (passage: Passage): Layer => ({ kind: 'route', resourceId: table.id, role, passage });
    if (table.config.routes === undefined) return lay(unknown(`routes of ${table.name} could not be read`));
    if (!to.cidr) return lay(unknown(`address range of subnet ${to.resource.name} is not known`));
    const hit = longestPrefix(table.config.routes, to.cidr);
    if (hit.doubt) return lay(unknown(`${table.name}: ${hit.doubt}`));
    const r = hit.route;
    if (!r || r.state === 'blackhole') return lay(CLOSED);
    const label = `${table.name} ${r.destination ?? r.destinationPrefixListId ?? ''} -> ${shortId(r.targetId)}`;
    if (r.targetKind === 'transit-gateway') return lay(unknown(`${label}: transit gateway route tables are not read`));
    if (r.targetKind !== 'vpc-peering') return lay(CLOSED);
    const pcx = this.gateways.get(r.targetId, table);
    if (!pcx) return lay(unknown(`${label}: peering connection ${shortId(r.targetId)} is not in the inventory`));
    const vpcs = pcx.config.vpcIds?.map((v) => this.vpcKey(v, pcx));
    if (vpcs === undefined || pcx.config.state === undefined || pcx.config.state === null) return lay(unknown(`${label}: peering connection ${pcx.name} could not be read in full`));
    const joins = from.vpc !== undefined && to.vpc !== undefined && vpcs.includes(from.vpc) && vpcs.includes(to.vpc);
    return lay(joins && pcx.config.state === 'active' ? open(label) : CLOSED);
  }

  private workloadPath(src: Placement, dst: Placement): Path {
    const key = `${src.subnet?.id ?? ''}|${src.groups?.join(',') ?? '?'}>${dst.subnet?.id ?? ''}|${dst.groups?.join(',') ?? '?'}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const s = src.subnet;
    const t = dst.subnet;
    let p: Path;
    if (!s || !t) {
      p = path([{ kind: 'route', resourceId: (s ?? t)?.id ?? '', role: 'placement', passage: unknown(`the subnet of the ${s ? 'resource' : 'workload'} is not known`) }]);
    } else {
      const sameVpc = s.vpc !== undefined && s.vpc === t.vpc;
      const layers: Layer[] = [
        { kind: 'security-group', resourceId: src.groups?.[0] ?? s.id, role: 'egress', passage: this.groupPassage(src.groups, 'egress', { addresses: t.cidr, groups: dst.groups ? new Set(dst.groups) : undefined, internet: false }) },
      ];
      if (s.id !== t.id) pushAll(layers, this.aclLayers(s, 'source', t.cidr));
      if (!sameVpc) layers.push(this.routeLayer(s, t, 'route'), this.routeLayer(t, s, 'return route'));
      else layers.push({ kind: 'route', resourceId: s.vpc ?? s.id, role: 'route', passage: open('local route (same VPC)') });
      if (s.id !== t.id) pushAll(layers, this.aclLayers(t, 'target', s.cidr));
      layers.push({ kind: 'security-group', resourceId: dst.groups?.[0] ?? t.id, role: 'ingress', passage: this.groupPassage(dst.groups, 'ingress', { addresses: s.cidr, groups: src.groups ? new Set(src.groups) : undefined, internet: false }) });
      p = path(layers);
    }
    this.cache.set(key, p);
    return p;
  }

  /** From the internet to a public address in `subnet`, piece by piece of the public IPv4 space. */
  private internetPath(dst: Placement, target: AwsTarget): Path {
    const t = dst.subnet;
    if (!t) return path([{ kind: 'route', resourceId: target.id, role: 'placement', passage: unknown('the subnet of the resource is not known') }]);
    const table = this.table(t);
    const acl = this.acl(t);
    const cuts: (IntSet | undefined)[] = [];
    if (typeof table !== 'string') for (const r of table.config.routes ?? []) cuts.push(r.destination ? parseCidr(r.destination) : undefined);
    if ('config' in acl) for (const e of acl.config.entries ?? []) cuts.push(entryRange(e));
    for (const g of dst.groups ?? []) for (const r of this.sg(g)?.ingress ?? []) cuts.push(r.addresses);
    const perAtom = atoms(PUBLIC_V4, cuts).map((a): Path => {
      const route: Layer = typeof table === 'string'
        ? { kind: 'route', resourceId: t.id, role: 'return route', passage: unknown(table) }
        : { kind: 'route', resourceId: table.id, role: 'return route', passage: internetRoute(table, a) };
      return path([route, ...this.aclLayers(t, 'target', a), { kind: 'security-group', resourceId: dst.groups?.[0] ?? t.id, role: 'ingress', passage: this.groupPassage(dst.groups, 'ingress', { addresses: a, groups: new Set(), internet: true }) }]);
    });
    return internetPath(perAtom) ?? path([{ kind: 'route', resourceId: t.id, role: 'return route', passage: CLOSED }]);
  }

  private placementsOf(target: AwsTarget): { placements: Placement[]; publicAddress: boolean | undefined; incomplete: string[] } {
    const c = target.config;
    const incomplete: string[] = [];
    let subnetRefs: readonly string[] | undefined;
    let groupRefs: readonly string[] | undefined;
    let publicAddress: boolean | undefined;
    if (target.type === 'aws.ec2.instance') {
      const i = target.config as Resource<'aws.ec2.instance'>['config'];
      subnetRefs = i.subnetId === undefined ? undefined : i.subnetId === null ? [] : [i.subnetId];
      groupRefs = i.securityGroupIds;
      publicAddress = i.publicIpAddress === undefined ? undefined : i.publicIpAddress !== null;
    } else {
      const d = c as Resource<'aws.rds.instance' | 'aws.rds.cluster'>['config'];
      subnetRefs = d.subnetIds;
      groupRefs = d.securityGroupIds;
      publicAddress = d.publiclyAccessible;
    }
    if (subnetRefs === undefined) incomplete.push('the subnets of the resource are not known');
    const placements = (subnetRefs ?? []).map((ref) => {
      const subnet = this.subnet(ref, target);
      if (!subnet) incomplete.push(`subnet ${shortId(ref)} is not in the inventory`);
      return { subnet, subnetRef: ref, groups: this.groupsOf(groupRefs, subnet, target) };
    });
    return { placements, publicAddress, incomplete };
  }

  analyze(target: AwsTarget, isEphi: IsEphi): ReachAnalysis {
    const dataStore = target.type !== 'aws.ec2.instance';
    const { placements, publicAddress, incomplete } = this.placementsOf(target);
    const reaches: Reach[] = [];
    if (placements.length > 0) {
      const internet = publicAddress === false
        ? undefined
        : anyPath(placements.map((p) => {
            const via = this.internetPath(p, target);
            return publicAddress === undefined ? path([{ kind: 'public-endpoint', resourceId: target.id, role: 'public address', passage: unknown('whether the resource has a public address is not known') }, ...via.layers]) : via;
          }));
      if (internet && !internet.passage.possible.isEmpty) reaches.push(reachOf({ kind: 'internet', id: null, name: 'the internet', alike: [] }, internet));
      for (const group of this.sourceGroups(isEphi)) {
        if (group.members.some((m) => m.id === target.id)) continue;
        const best = anyPath(placements.map((p) => this.workloadPath(group.placement, p)));
        if (best && !best.passage.possible.isEmpty) {
          const [first, ...rest] = group.members.filter((m) => m.id !== target.id);
          if (first) reaches.push(reachOf({ kind: 'workload', id: first.id, name: first.name, alike: rest.map((m) => m.id) }, best));
        }
      }
    }
    const sources = this.sourceGroups(isEphi).reduce((n, g) => n + g.members.length, 0) + 1;
    return { targetId: target.id, dataStore, reaches, evaluated: { sources, filters: this.filterCount(placements) }, incomplete };
  }

  private filterCount(placements: readonly Placement[]): number {
    const ids = new Set<string>();
    for (const p of placements) {
      for (const g of p.groups ?? []) ids.add(g);
      if (p.subnet) {
        const acl = this.acl(p.subnet);
        if ('config' in acl) ids.add(acl.id);
        const t = this.table(p.subnet);
        if (typeof t !== 'string') ids.add(t.id);
      }
    }
    return ids.size;
  }

  /** Non-ePHI workloads (EC2 instances that are not terminated), grouped by subnet and security groups. */
  private sourceGroups(isEphi: IsEphi): readonly SourceGroup[] {
    const known = this.sources.get(isEphi);
    if (known) return known;
    const groups = new Map<string, SourceGroup>();
    for (const i of this.inventory.ofType('aws.ec2.instance')) {
      if (isEphi(i) || i.config.state === 'terminated' || i.config.state === 'shutting-down') continue;
      const subnet = i.config.subnetId ? this.subnet(i.config.subnetId, i) : undefined;
      if (i.config.subnetId === null) continue; // not in a VPC: no path to a VPC resource
      const placement: Placement = { subnet, subnetRef: i.config.subnetId, groups: this.groupsOf(i.config.securityGroupIds, subnet, i) };
      const key = `${subnet?.id ?? `?${i.id}`}|${placement.groups?.join(',') ?? `?${i.id}`}`;
      const g = groups.get(key);
      if (g) g.members.push(i);
      else groups.set(key, { placement, members: [i] });
    }
    const list = [...groups.values()].sort((a, b) => byString((a.members[0] as Resource).id, (b.members[0] as Resource).id));
    this.sources.set(isEphi, list);
    return list;
  }
}

interface SourceGroup {
  readonly placement: Placement;
  readonly members: Resource<'aws.ec2.instance'>[];
}

function sgHit(r: SgRule, peer: Peer): RuleHit {
  const byAddress: Match = r.addresses?.isEmpty ? 'no' : r.addresses === undefined || peer.addresses === undefined ? 'maybe' : matchAddress(r.addresses, peer.addresses);
  const byGroup: Match = r.groups.length === 0 || peer.internet ? 'no' : peer.groups === undefined ? 'maybe' : r.groups.some((g) => peer.groups?.has(g)) ? 'yes' : 'no';
  const byPrefixList: Match = r.prefixLists.length > 0 ? 'maybe' : 'no';
  const match = anyMatch(anyMatch(byAddress, byGroup), byPrefixList);
  const doubt = match !== 'maybe' ? undefined : byPrefixList === 'maybe' ? `prefix list ${r.prefixLists.join(', ')} contents are not read` : r.addresses === undefined ? `an address in "${r.label}" does not parse` : 'the exact address inside the subnet is not known';
  return { rule: r.label, action: 'allow', traffic: r.traffic ?? ALL_TRAFFIC, match: r.traffic ? match : match === 'no' ? 'no' : 'maybe', ...(doubt ? { doubt } : {}) };
}

function entryRange(e: NetworkAclEntry): IntSet | undefined {
  const c = e.cidrBlock ?? e.ipv6CidrBlock;
  return c === null ? undefined : parseCidr(c);
}

function aclHit(aclName: string, e: NetworkAclEntry, peer: IntSet | undefined): RuleHit {
  const range = entryRange(e);
  const traffic = trafficOf(e.protocol, e.fromPort, e.toPort);
  const match: Match = !peer ? 'maybe' : matchAddress(range, peer);
  const rule = `${aclName} ${e.egress ? 'outbound' : 'inbound'} rule ${e.ruleNumber} ${e.action} ${traffic ? describeTraffic(traffic) : `protocol ${e.protocol}`} ${e.egress ? 'to' : 'from'} ${e.cidrBlock ?? e.ipv6CidrBlock ?? '?'}`;
  const narrow = e.action === 'deny' && range !== undefined && !range.covers(PUBLIC_V4) && !range.covers(PUBLIC_V6);
  return { rule, action: e.action, traffic: traffic ?? ALL_TRAFFIC, match: traffic ? match : match === 'no' ? 'no' : 'maybe', narrow, ...(match === 'maybe' ? { doubt: !peer ? 'the address range is not known' : range ? 'the exact address inside the subnet is not known' : `${rule} does not parse` } : {}) };
}

/** Longest-prefix route covering all of `dest`; a more specific route over part of it, or a prefix-list route, leaves doubt. */
function longestPrefix(routes: readonly Route[], dest: IntSet): { route?: Route; doubt?: string } {
  let best: { route: Route; size: bigint } | undefined;
  const partial: Route[] = [];
  for (const r of routes) {
    if (r.destination === null) {
      if (r.destinationPrefixListId !== null) return { doubt: `route to prefix list ${r.destinationPrefixListId} is not resolved` };
      continue;
    }
    const range = parseCidr(r.destination);
    if (!range) return { doubt: `route destination ${r.destination} does not parse` };
    if (range.covers(dest)) {
      const size = (range.spans[0] as readonly [bigint, bigint])[1] - (range.spans[0] as readonly [bigint, bigint])[0];
      if (!best || size < best.size) best = { route: r, size };
    } else if (range.overlaps(dest)) partial.push(r);
  }
  if (best && partial.length > 0) return { doubt: `route ${partial[0]?.destination ?? ''} covers part of the range` };
  return best ? { route: best.route } : {};
}

/** The return route towards one piece of the internet: it must leave through an internet gateway. */
function internetRoute(table: Resource<'aws.ec2.route-table'>, atom: IntSet): Passage {
  const routes = table.config.routes;
  if (routes === undefined) return unknown(`routes of ${table.name} could not be read`);
  const hit = longestPrefix(routes, atom);
  if (hit.doubt) return unknown(`${table.name}: ${hit.doubt}`);
  const r = hit.route;
  if (!r) return CLOSED;
  const range = r.destination ? parseCidr(r.destination) : undefined;
  const narrow = range !== undefined && !range.covers(PUBLIC_V4);
  if (r.state === 'active' && r.targetKind === 'internet-gateway') return open(`${table.name} ${r.destination ?? ''} -> ${shortId(r.targetId)}`);
  return narrow ? EXCLUDED : CLOSED;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
