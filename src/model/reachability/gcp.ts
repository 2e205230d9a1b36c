import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';
import { byString } from '../order.js';
import type { Resource, ResourceType } from '../resource.js';
import type { ComputeFirewallConfig, ComputeNetworkInterface } from '../types/gcp/index.js';
import { ALL_V4, PUBLIC_V4, parseCidr, parseCidrs } from './address.js';
import { IntSet } from './intset.js';
import { allowListPath, atoms, internetPath } from './internet.js';
import { anyMatch, CLOSED, firstMatch, matchAddress, open, unknown, type Match, type Passage, type RuleHit } from './passage.js';
import { anyPath, path, reachOf, type Layer, type Path, type Reach, type ReachAnalysis } from './reach.js';
import { Resolver } from './resolve.js';
import { ALL_TRAFFIC, describeTraffic, trafficOf, trafficOfRanges } from './traffic.js';

/**
 * GCP reachability: VPC firewall rules (https://cloud.google.com/firewall/docs/firewalls):
 * stateful; lowest priority number first, and at equal priority a deny wins over an allow;
 * targets are every instance of the network, or those with a target tag, or those running as a
 * target service account; ingress sources are ranges, source tags or source service accounts
 * (either matches; tags and accounts only for instances of the same network, by their primary
 * internal address); an ingress rule with no source means 0.0.0.0/0, an egress rule with no
 * destination 0.0.0.0/0; the implied rules deny all ingress and allow all egress (priority
 * 65535). Subnets of one network reach each other; peered networks exchange subnet routes while
 * both sides are ACTIVE (https://cloud.google.com/vpc/docs/vpc-peering). Cloud SQL's public IP
 * admits its authorized networks (https://cloud.google.com/sql/docs/postgres/authorize-networks).
 * Not read, and treated as letting traffic through (named in the evidence of every verdict):
 * hierarchical and global/regional network firewall policies (evaluated before the VPC rules,
 * they can deny or allow) and VPC Service Controls perimeters (they guard Google API access, not
 * packets between instances). Cloud SQL's private IP only ever serves the database port, so no
 * workload reaches it on every port; its public IP is the question.
 */

export const GCP_REACHABILITY_TYPES = ['gcp.compute.firewall', 'gcp.compute.instance', 'gcp.compute.network', 'gcp.compute.subnetwork', 'gcp.sql.instance'] as const satisfies readonly ResourceType[];
export const GCP_REACHABILITY_TARGETS = ['gcp.compute.instance', 'gcp.sql.instance'] as const satisfies readonly ResourceType[];
const NOT_MODELLED = [
  'hierarchical and network firewall policies (not read; a policy rule evaluated before the VPC firewall rules could deny or allow this traffic)',
  'VPC Service Controls perimeters (not read; treated as not reducing reachability)',
] as const;

export type GcpTarget = Resource<(typeof GCP_REACHABILITY_TARGETS)[number]>;

type IsEphi = (r: ResourceSummary) => boolean;

interface Nic {
  /** An internet host: no network, tags or service accounts. */
  readonly internet?: true;
  readonly network: string | undefined;
  readonly addresses: IntSet | undefined;
  readonly tags: ReadonlySet<string> | undefined;
  readonly accounts: ReadonlySet<string> | undefined;
  readonly subnetwork: string | null;
}

interface Rule {
  readonly name: string;
  readonly config: ComputeFirewallConfig;
  readonly traffic: IntSet | undefined;
  readonly deny: boolean;
}

const memo = new WeakMap<InventoryView, GcpTopology>();

export function analyzeGcp(target: GcpTarget, inventory: InventoryView, isEphi: IsEphi): ReachAnalysis {
  let topo = memo.get(inventory);
  if (!topo) memo.set(inventory, (topo = new GcpTopology(inventory)));
  return topo.analyze(target, isEphi);
}

const key = (s: string): string => s.toLowerCase();

class GcpTopology {
  private readonly networks: Resolver<'gcp.compute.network'>;
  private readonly subnetworks: Resolver<'gcp.compute.subnetwork'>;
  private readonly rulesByNetwork = new Map<string, Rule[]>();
  private readonly sources = new Map<IsEphi, readonly SourceGroup[]>();
  private readonly cache = new Map<string, Path>();

  constructor(private readonly inventory: InventoryView) {
    this.networks = Resolver.of(inventory, 'gcp.compute.network');
    this.subnetworks = Resolver.of(inventory, 'gcp.compute.subnetwork');
    for (const fw of inventory.ofType('gcp.compute.firewall')) {
      const c = fw.config;
      const n = c.network ? this.networkKey(c.network) : '?';
      // A rule holds either allowed or denied entries; with one list unreadable its action is not known.
      const entries = c.denied === undefined || c.allowed === undefined ? undefined : c.denied.length > 0 ? c.denied : c.allowed;
      let traffic: IntSet | undefined = entries === undefined ? undefined : IntSet.EMPTY;
      for (const e of entries ?? []) {
        const t = trafficOfRanges(e.protocol, e.ports);
        traffic = t && traffic ? traffic.union(t) : undefined;
      }
      const list = this.rulesByNetwork.get(n) ?? [];
      list.push({ name: fw.name, config: c, traffic, deny: (c.denied?.length ?? 0) > 0 });
      this.rulesByNetwork.set(n, list);
    }
    // Lowest priority first; a deny before an allow of the same priority. A rule whose priority is
    // not known goes first, where it can only add doubt (see firewallPassage).
    for (const list of this.rulesByNetwork.values()) list.sort((a, b) => (a.config.priority ?? -1) - (b.config.priority ?? -1) || Number(b.deny) - Number(a.deny) || byString(a.name, b.name));
  }

  private networkKey(ref: string): string {
    return key(this.networks.get(ref)?.id ?? ref);
  }

  private nic(n: ComputeNetworkInterface, vm: Resource<'gcp.compute.instance'>): Nic {
    const sub = n.subnetwork ? this.subnetworks.get(n.subnetwork) : undefined;
    const ip = n.networkIp ? parseCidr(n.networkIp) : undefined;
    return {
      // An interface may name only its subnetwork, which names the network.
      network: n.network ? this.networkKey(n.network) : sub?.config.network ? this.networkKey(sub.config.network) : undefined,
      addresses: ip ?? (sub?.config.ipCidrRange ? parseCidr(sub.config.ipCidrRange) : undefined),
      tags: vm.config.networkTags ? new Set(vm.config.networkTags) : undefined,
      accounts: vm.config.serviceAccounts ? new Set(vm.config.serviceAccounts.map(key)) : undefined,
      subnetwork: n.subnetwork,
    };
  }

  /** The rule applies to this instance (its targets). */
  private targets(c: ComputeFirewallConfig, t: Nic): Match {
    if (c.targetTags === undefined || c.targetServiceAccounts === undefined) return 'maybe';
    if (c.targetTags.length === 0 && c.targetServiceAccounts.length === 0) return 'yes';
    if (c.targetTags.length > 0) return t.tags === undefined ? 'maybe' : c.targetTags.some((x) => t.tags?.has(x)) ? 'yes' : 'no';
    return accountMatch(c.targetServiceAccounts, t.accounts);
  }

  /** The firewall of `network` in one direction for the instance `self`, against the peer on the other side. */
  private firewallPassage(network: string, direction: 'INGRESS' | 'EGRESS', self: Nic, peer: Nic): Passage {
    if (!this.networks.get(network) && !this.rulesByNetwork.has(network)) return unknown(`network ${tail(network)} is not in the inventory`);
    const hits: RuleHit[] = [];
    for (const r of this.rulesByNetwork.get(network) ?? []) {
      const c = r.config;
      if (c.direction === undefined || c.disabled === undefined || c.priority === undefined || (c.allowed === undefined || c.denied === undefined)) {
        // Whether it applies, where it sits or what it does is not known: it may allow and it may deny.
        if (c.disabled === true || (c.direction !== undefined && c.direction !== direction)) continue;
        const doubt = `firewall rule ${r.name} could not be read in full`;
        hits.push({ rule: `${r.name} (unreadable)`, action: 'deny', traffic: r.traffic ?? ALL_TRAFFIC, match: 'maybe', doubt }, { rule: `${r.name} (unreadable)`, action: 'allow', traffic: r.traffic ?? ALL_TRAFFIC, match: 'maybe', doubt });
        continue;
      }
      if (c.disabled || c.direction !== direction) continue;
      const match = both(this.targets(c, self), direction === 'INGRESS' ? this.sourceMatch(c, peer, network) : destinationMatch(c, peer));
      const label = `${r.name} ${direction.toLowerCase()} priority ${c.priority} ${r.deny ? 'deny' : 'allow'} ${r.traffic ? describeTraffic(r.traffic) : 'unreadable traffic'}`;
      hits.push({
        rule: label, action: r.deny ? 'deny' : 'allow', traffic: r.traffic ?? ALL_TRAFFIC, match: r.traffic ? match : match === 'no' ? 'no' : 'maybe',
        narrow: r.deny && peer.internet === true && !(c.sourceRanges ?? []).some((x) => parseCidr(x)?.covers(PUBLIC_V4)),
        ...(match === 'maybe' || !r.traffic ? { doubt: `${label}: a tag, service account, address or field is not known` } : {}),
      });
    }
    return direction === 'INGRESS' ? firstMatch(hits, { action: 'deny', rule: 'implied deny ingress (priority 65535)' }) : firstMatch(hits, { action: 'allow', rule: 'implied allow egress (priority 65535)' });
  }

  private sourceMatch(c: ComputeFirewallConfig, peer: Nic, network: string): Match {
    if (c.sourceRanges === undefined || c.sourceTags === undefined || c.sourceServiceAccounts === undefined) return 'maybe';
    const noSource = c.sourceRanges.length === 0 && c.sourceTags.length === 0 && c.sourceServiceAccounts.length === 0;
    const ranges = noSource ? ALL_V4 : parseCidrs(c.sourceRanges);
    let m: Match = c.sourceRanges.length === 0 && !noSource ? 'no' : ranges === undefined || peer.addresses === undefined ? 'maybe' : matchAddress(ranges, peer.addresses);
    if (peer.internet) return m;
    // Source tags and service accounts match instances of the same network only.
    const sameNetwork = peer.network === undefined ? undefined : peer.network === network;
    if (c.sourceTags.length > 0) m = anyMatch(m, sameNetwork === false ? 'no' : peer.tags === undefined || sameNetwork === undefined ? 'maybe' : c.sourceTags.some((t) => peer.tags?.has(t)) ? 'yes' : 'no');
    if (c.sourceServiceAccounts.length > 0) m = anyMatch(m, sameNetwork === false ? 'no' : sameNetwork === undefined ? 'maybe' : accountMatch(c.sourceServiceAccounts, peer.accounts));
    return m;
  }

  private routeLayer(src: Nic, dst: Nic): Layer {
    const lay = (passage: Passage): Layer => ({ kind: 'peering', resourceId: dst.network ?? '', role: 'route', passage });
    if (!src.network || !dst.network) return lay(unknown('the network of an interface is not known'));
    if (src.network === dst.network) return { kind: 'route', resourceId: src.network, role: 'route', passage: open('subnet routes of the same VPC network') };
    const there = this.peeringState(src.network, dst.network);
    const back = this.peeringState(dst.network, src.network);
    if (there === null || back === null) return lay(CLOSED);
    if (there === undefined || back === undefined) return lay(unknown(`the peering between ${tail(src.network)} and ${tail(dst.network)} could not be read in full`));
    return lay(there === 'ACTIVE' && back === 'ACTIVE' ? open(`peering ${tail(src.network)} <-> ${tail(dst.network)} (ACTIVE)`) : CLOSED);
  }

  /** undefined = not known; null = no peering. */
  private peeringState(from: string, to: string): string | null | undefined {
    const n = this.networks.get(from);
    if (!n?.config.peeringStates) return undefined;
    const p = n.config.peeringStates.find((x) => this.networkKey(x.network) === to);
    return p ? p.state : null;
  }

  private workloadPath(src: Nic, dst: Nic): Path {
    const k = `${src.network ?? ''}|${spanKey(src.addresses)}|${[...(src.tags ?? ['?'])].join(',')}|${[...(src.accounts ?? ['?'])].join(',')}>${dst.network ?? ''}|${spanKey(dst.addresses)}|${[...(dst.tags ?? ['?'])].join(',')}|${[...(dst.accounts ?? ['?'])].join(',')}`;
    const hit = this.cache.get(k);
    if (hit) return hit;
    const p = path([
      { kind: 'firewall-rule', resourceId: src.network ?? '', role: 'egress', passage: src.network ? this.firewallPassage(src.network, 'EGRESS', src, dst) : unknown('the network of the workload is not known') },
      this.routeLayer(src, dst),
      { kind: 'firewall-rule', resourceId: dst.network ?? '', role: 'ingress', passage: dst.network ? this.firewallPassage(dst.network, 'INGRESS', dst, src) : unknown('the network of the resource is not known') },
    ]);
    this.cache.set(k, p);
    return p;
  }

  private internetToVm(dst: Nic): Path {
    const network = dst.network;
    if (!network) return path([{ kind: 'firewall-rule', resourceId: '', role: 'ingress', passage: unknown('the network of the resource is not known') }]);
    const cuts = (this.rulesByNetwork.get(network) ?? []).flatMap((r) => (r.config.sourceRanges ?? []).map((x) => parseCidr(x)));
    const perAtom = atoms(PUBLIC_V4, cuts).map((a) => path([{ kind: 'firewall-rule', resourceId: network, role: 'ingress', passage: this.firewallPassage(network, 'INGRESS', dst, { internet: true, network: undefined, addresses: a, tags: new Set(), accounts: new Set(), subnetwork: null }) }]));
    return internetPath(perAtom) ?? path([{ kind: 'firewall-rule', resourceId: network, role: 'ingress', passage: CLOSED }]);
  }

  private sqlPublicIp(target: Resource<'gcp.sql.instance'>): Path | undefined {
    const c = target.config;
    const version = c.databaseVersion ?? '';
    const port = /^MYSQL/.test(version) ? 3306 : /^SQLSERVER/.test(version) ? 1433 : 5432;
    const traffic = trafficOf('tcp', port, port) ?? ALL_TRAFFIC;
    const lay = (passage: Passage) => path([{ kind: 'service-firewall', resourceId: target.id, role: 'authorized networks', passage }]);
    if (c.ipv4Enabled === false) return undefined;
    if (c.ipv4Enabled === undefined) return lay(unknown('whether the instance has a public IP is not known'));
    const nets = c.authorizedNetworks;
    if (nets === undefined) return lay(unknown('the authorized networks are not known'));
    const ranges = nets.map((n) => ({ label: `authorized network ${n}`, range: parseCidr(n) }));
    return allowListPath(ranges, traffic, lay, 'not an authorized network');
  }

  analyze(target: GcpTarget, isEphi: IsEphi): ReachAnalysis {
    const reaches: Reach[] = [];
    const incomplete: string[] = [];
    const filters = new Set<string>();
    if (target.type === 'gcp.sql.instance') {
      // Its private IP serves only the database port, through Private Service Access; the question is its public IP.
      const internet = this.sqlPublicIp(target as Resource<'gcp.sql.instance'>);
      if (internet && !internet.passage.possible.isEmpty) reaches.push(reachOf({ kind: 'internet', id: null, name: 'the internet', alike: [] }, internet));
      return { targetId: target.id, dataStore: true, reaches, evaluated: { sources: 1, filters: 1 }, incomplete, notModelled: [NOT_MODELLED[1]] };
    }
    const vm = target as Resource<'gcp.compute.instance'>;
    const nics = vm.config.networkInterfaces;
    if (!nics) incomplete.push('the network interfaces of the instance are not known');
    const targetNics = (nics ?? []).map((n) => this.nic(n, vm));
    for (const t of targetNics) if (t.network) for (const r of this.rulesByNetwork.get(t.network) ?? []) filters.add(r.name);
    const publicNics = (nics ?? []).flatMap((n, i) => (n.hasAccessConfig && targetNics[i] ? [targetNics[i]] : []));
    const internet = anyPath(publicNics.map((t) => this.internetToVm(t)));
    if (internet && !internet.passage.possible.isEmpty) reaches.push(reachOf({ kind: 'internet', id: null, name: 'the internet', alike: [] }, internet));
    for (const group of this.sourceGroups(isEphi)) {
      const best = anyPath(targetNics.map((t) => this.workloadPath(group.nic, t)));
      if (best && !best.passage.possible.isEmpty) {
        const [first, ...rest] = group.members;
        if (first) reaches.push(reachOf({ kind: 'workload', id: first.id, name: first.name, alike: rest.map((m) => m.id) }, best));
      }
    }
    const sources = this.sourceGroups(isEphi).reduce((n, g) => n + g.members.length, 0) + 1;
    return { targetId: target.id, dataStore: false, reaches, evaluated: { sources, filters: filters.size }, incomplete, notModelled: NOT_MODELLED };
  }

  /** Non-ePHI instances that are not terminated, one entry per interface, grouped by what firewall rules see. */
  private sourceGroups(isEphi: IsEphi): readonly SourceGroup[] {
    const known = this.sources.get(isEphi);
    if (known) return known;
    const groups = new Map<string, SourceGroup>();
    for (const vm of this.inventory.ofType('gcp.compute.instance')) {
      if (isEphi(vm) || vm.config.status === 'TERMINATED') continue;
      const nics = vm.config.networkInterfaces?.map((n) => this.nic(n, vm)) ?? [{ network: undefined, addresses: undefined, tags: undefined, accounts: undefined, subnetwork: null }];
      for (const n of nics) {
        const k = `${n.network ?? `?${vm.id}`}|${spanKey(n.addresses)}|${[...(n.tags ?? [`?${vm.id}`])].sort().join(',')}|${[...(n.accounts ?? ['?'])].sort().join(',')}`;
        const g = groups.get(k);
        if (g) {
          if (!g.members.includes(vm)) g.members.push(vm);
        } else groups.set(k, { nic: n, members: [vm] });
      }
    }
    const list = [...groups.values()].sort((a, b) => byString((a.members[0] as Resource).id, (b.members[0] as Resource).id));
    this.sources.set(isEphi, list);
    return list;
  }
}

interface SourceGroup {
  readonly nic: Nic;
  readonly members: Resource<'gcp.compute.instance'>[];
}

/**
 * A rule's service accounts against an instance's. An account Terraform names only by its
 * resource (its e-mail known at apply) has no `@` and cannot be told apart from an e-mail.
 */
function accountMatch(rule: readonly string[], have: ReadonlySet<string> | undefined): Match {
  if (have === undefined) return 'maybe';
  if (rule.some((a) => have.has(key(a)))) return 'yes';
  const opaque = (a: string) => !a.includes('@');
  return rule.some(opaque) || [...have].some(opaque) ? 'maybe' : 'no';
}

/** Egress rules: destination ranges (none = 0.0.0.0/0) against the target's address. */
function destinationMatch(c: ComputeFirewallConfig, peer: Nic): Match {
  if (c.destinationRanges === undefined) return 'maybe';
  const ranges = c.destinationRanges.length === 0 ? ALL_V4 : parseCidrs(c.destinationRanges);
  return !ranges || peer.addresses === undefined ? 'maybe' : matchAddress(ranges, peer.addresses);
}

function both(a: Match, b: Match): Match {
  return a === 'no' || b === 'no' ? 'no' : a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}

function spanKey(s: IntSet | undefined): string {
  return s ? s.spans.map(([a, b]) => `${a}-${b}`).join(',') : '?';
}

function tail(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
