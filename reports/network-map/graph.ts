/**
 * The network map as a pure graph built from the report's resource inventory: accounts contain
 * networks (VPC, VNet, VPC network), networks contain subnets, gateways and security groups,
 * and workloads sit in their subnet (or network, or account). Edges carry what containment
 * cannot: peering and gateway attachments, security-group membership, exposure to the internet.
 *
 * Built only from `InventoryEntry.network` placement and the type name, so it works the same for
 * live and IaC inventories and for `phiscan report --from`.
 */
import type { FindingList, InventoryEntry, ScanReport } from '../../src/model/report.js';
import type { Provider } from '../../src/model/resource.js';
import { resourceTypeDescriptor } from '../../src/model/types/index.js';
import { byString } from '../../src/model/order.js';

export type MapNodeKind = 'internet' | 'account' | 'network' | 'subnet' | 'gateway' | 'security-group' | 'resource';
export type MapEdgeKind = 'peering' | 'attachment' | 'security-group' | 'internet' | 'reach';

export interface MapNode {
  /** Synthetic id (`n1`, `n2`, ...) in tree order: safe in DOT, Mermaid and SVG. */
  readonly key: string;
  readonly kind: MapNodeKind;
  readonly label: string;
  /** Second line: resource type title, region. */
  readonly detail: string;
  /** Key of the containing node; null for accounts and the internet. */
  readonly parent: string | null;
  /** Inventory id; null for synthetic nodes (accounts, the internet) and placeholders' ids otherwise. */
  readonly resourceId: string | null;
  readonly provider: Provider | null;
  readonly ephi: boolean;
  readonly public: boolean;
  /** Referenced by another resource's placement but absent from the inventory. */
  readonly placeholder: boolean;
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: MapEdgeKind;
  /** `reach` edges: the failing path hop by hop (the segmentation checks' `reachability.paths`). */
  readonly title?: string;
}

export interface NetworkGraph {
  /** Depth-first tree order: every node follows its parent. */
  readonly nodes: readonly MapNode[];
  /** Sorted by from, to, kind; no duplicates. */
  readonly edges: readonly MapEdge[];
}

type Role = 'network' | 'subnet' | 'gateway' | 'security-group' | 'resource';

const ACCOUNT_NOUN: Record<Provider, string> = { aws: 'AWS account', azure: 'Azure subscription', gcp: 'GCP project', other: 'Account' };
const KIND_ORDER: Record<MapNodeKind, number> = { internet: 0, account: 1, network: 2, subnet: 3, gateway: 4, 'security-group': 5, resource: 6 };

/** Classify by the type's last segment, so new canonical types (e.g. Azure's) map without a table edit. */
export function networkRole(type: string): Role {
  const last = type.slice(type.lastIndexOf('.') + 1);
  if (last === 'vpc' || last === 'network' || last === 'virtual-network' || last === 'vnet') return 'network';
  if (last === 'subnet' || last === 'subnetwork') return 'subnet';
  if (/security-group|firewall|network-acl|nsg/.test(last)) return 'security-group';
  if (/gateway|peering|vpn|nat|router|interconnect|transit/.test(last)) return 'gateway';
  return 'resource';
}

/** Last path segment of an id: an ARN's `vpc/vpc-0abc` and a bare `vpc-0abc` meet here. */
function shortId(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash >= 0 ? id.slice(slash + 1) : id;
}

interface Draft {
  kind: MapNodeKind;
  label: string;
  detail: string;
  parent: Draft | null;
  resourceId: string | null;
  provider: Provider | null;
  ephi: boolean;
  public: boolean;
  placeholder: boolean;
  sortKey: string;
  key: string;
}


function hasPlacement(e: InventoryEntry): boolean {
  const n = e.network;
  if (!n) return false;
  return Boolean(n.networkId) || (n.subnetIds?.length ?? 0) > 0 || (n.securityGroupIds?.length ?? 0) > 0 || n.publicAddress === true || (n.peers?.length ?? 0) > 0;
}

/** Evidence of the segmentation-by-reachability checks (`checks/_reachability.ts`) as the map reads it. */
interface ReachPathEvidence {
  readonly class?: unknown;
  readonly source?: { readonly kind?: unknown; readonly id?: unknown; readonly name?: unknown };
  readonly traffic?: unknown;
  readonly hops?: unknown;
}

/** One line per failing path: what reaches, on what, through which rules. */
function reachTitle(p: ReachPathEvidence, target: string): string {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '?');
  const list: readonly unknown[] = Array.isArray(p.hops) ? p.hops : [];
  const hops = list.map((h) => {
    const { role, rules } = (typeof h === 'object' && h !== null ? h : {}) as { role?: unknown; rules?: unknown };
    return `${text(role)}: ${Array.isArray(rules) ? (rules as unknown[]).map(text).join(', ') : '?'}`;
  });
  return [`${text(p.source?.name)} reaches ${target} on ${text(p.traffic)} (${text(p.class)})`, ...hops].join('\n');
}

/** Failing segmentation paths: [source resource id or null for the internet, target id, title]. */
function failingPaths(report: Partial<Pick<ScanReport<FindingList>, 'findings'>>): [string | null, string, string][] {
  const out: [string | null, string, string][] = [];
  for (const f of report.findings ?? []) {
    if (f.status !== 'fail') continue;
    const observed = f.evidence.find((e) => e.path === 'reachability.paths')?.observed;
    if (!Array.isArray(observed)) continue;
    for (const p of observed as ReachPathEvidence[]) {
      const src = p?.source;
      if (!src || (src.kind !== 'internet' && typeof src.id !== 'string')) continue;
      out.push([src.kind === 'internet' ? null : (src.id as string), f.resource.id, reachTitle(p, f.resource.name || f.resource.id)]);
    }
  }
  return out;
}

/**
 * `findings`, when given, adds a `reach` edge for every failing path of the segmentation checks:
 * from the internet or the non-ePHI workload to the ePHI resource it reaches.
 */
export function buildNetworkGraph(report: Pick<ScanReport<FindingList>, 'resources'> & Partial<Pick<ScanReport<FindingList>, 'findings'>>): NetworkGraph {
  const drafts: Draft[] = [];
  const accounts = new Map<string, Draft>();
  const accountOf = (provider: Provider, account: string | null): Draft => {
    const k = `${provider}|${account ?? ''}`;
    let d = accounts.get(k);
    if (!d) {
      d = draft({ kind: 'account', label: `${ACCOUNT_NOUN[provider]} ${account ?? '(unknown)'}`, detail: '', parent: null, resourceId: null, provider, sortKey: k });
      accounts.set(k, d);
    }
    return d;
  };
  function draft(d: Omit<Draft, 'key' | 'ephi' | 'public' | 'placeholder'> & Partial<Pick<Draft, 'ephi' | 'public' | 'placeholder'>>): Draft {
    const full: Draft = { ephi: false, public: false, placeholder: false, ...d, key: '' };
    drafts.push(full);
    return full;
  }

  const included = report.resources.filter((e) => networkRole(e.type) !== 'resource' || e.ephi || hasPlacement(e));
  // Network-level things first, so workloads can find their container.
  const sorted = [...included].sort((a, b) => byString(rolePriority(a), rolePriority(b)) || byString(a.id, b.id));

  const byId = new Map<string, Draft>();
  const byShort = new Map<string, Draft[]>();
  const index = (id: string, d: Draft) => {
    byId.set(id, d);
    const s = shortId(id);
    const list = byShort.get(s) ?? [];
    list.push(d);
    byShort.set(s, list);
  };
  /** Exact id first; then the short id, preferring the same account and the expected kind. */
  const resolve = (ref: string, kind: MapNodeKind, account: Draft): Draft | undefined => {
    const exact = byId.get(ref);
    if (exact) return exact;
    const candidates = (byShort.get(shortId(ref)) ?? []).filter((d) => d.kind === kind);
    return candidates.find((d) => accountDraftOf(d) === account) ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
  const placeholder = (ref: string, kind: MapNodeKind, parent: Draft, provider: Provider): Draft => {
    const d = draft({ kind, label: shortId(ref), detail: 'not in inventory', parent, resourceId: ref, provider, sortKey: ref, placeholder: true });
    index(ref, d);
    return d;
  };
  const containerFor = (ref: string | undefined, kind: MapNodeKind, account: Draft, provider: Provider, fallback: Draft): Draft => {
    if (!ref) return fallback;
    return resolve(ref, kind, account) ?? placeholder(ref, kind, kind === 'network' ? account : fallback, provider);
  };

  const edges: DraftEdge[] = [];
  const pendingEdges: { from: Draft; ref: string; refKind: MapNodeKind; kind: MapEdgeKind; account: Draft }[] = [];
  const publicNodes: Draft[] = [];

  for (const e of sorted) {
    const role = networkRole(e.type);
    const account = accountOf(e.provider, e.account);
    const placement = e.network ?? {};
    const network = role === 'network' ? account : containerFor(placement.networkId, 'network', account, e.provider, account);
    const firstSubnet = role === 'resource' ? placement.subnetIds?.[0] : undefined;
    const parent = firstSubnet ? containerFor(firstSubnet, 'subnet', account, e.provider, network) : network;
    const existing = byId.get(e.id);
    const title = resourceTypeDescriptor(e.type)?.title ?? e.type;
    const fields = {
      kind: role as MapNodeKind,
      label: e.name || shortId(e.id),
      detail: e.region ? `${title} · ${e.region}` : title,
      parent: role === 'network' ? account : parent,
      resourceId: e.id,
      provider: e.provider,
      ephi: e.ephi,
      public: placement.publicAddress === true,
      placeholder: false,
      sortKey: e.id,
    };
    let node: Draft;
    if (existing?.placeholder) {
      // Referenced before it was seen (e.g. a peered network): the real entry replaces the placeholder.
      Object.assign(existing, fields);
      node = existing;
    } else {
      node = draft(fields);
      index(e.id, node);
    }
    if (node.public) publicNodes.push(node);
    for (const sg of placement.securityGroupIds ?? []) pendingEdges.push({ from: node, ref: sg, refKind: 'security-group', kind: 'security-group', account });
    for (const peer of placement.peers ?? []) {
      if (peer === placement.networkId && role !== 'network') continue;
      pendingEdges.push({ from: node, ref: peer, refKind: 'network', kind: role === 'network' ? 'peering' : 'attachment', account });
    }
    for (const sub of (placement.subnetIds ?? []).slice(role === 'resource' ? 1 : 0)) {
      if (role === 'network' || role === 'subnet') continue;
      pendingEdges.push({ from: node, ref: sub, refKind: 'subnet', kind: 'attachment', account });
    }
  }

  for (const p of pendingEdges) {
    const network = p.from.kind === 'network' ? p.account : (p.from.parent ?? p.account);
    const target = resolve(p.ref, p.refKind, p.account) ?? placeholder(p.ref, p.refKind, p.refKind === 'network' ? p.account : nearestNetwork(network, p.account), p.from.provider ?? 'aws');
    if (target === p.from) continue;
    // Peering is symmetric: keep one edge per pair.
    if (p.kind === 'peering' && byString(target.sortKey, p.from.sortKey) < 0) edges.push(edgeOf(target, p.from, p.kind));
    else edges.push(edgeOf(p.from, target, p.kind));
  }

  const reaches = failingPaths(report);
  let internet: Draft | undefined;
  if (publicNodes.length > 0 || reaches.some(([from]) => from === null)) {
    internet = draft({ kind: 'internet', label: 'Internet', detail: 'public addresses and endpoints', parent: null, resourceId: null, provider: null, sortKey: '' });
    for (const n of publicNodes) edges.push(edgeOf(internet, n, 'internet'));
  }
  for (const [from, to, title] of reaches) {
    const source = from === null ? internet : byId.get(from);
    const target = byId.get(to);
    if (source && target && source !== target) edges.push({ from: source, to: target, kind: 'reach', title });
  }

  const ordered = treeOrder(drafts);
  ordered.forEach((d, i) => (d.key = `n${i + 1}`));
  const nodes: MapNode[] = ordered.map((d) => ({
    key: d.key,
    kind: d.kind,
    label: d.label,
    detail: d.detail,
    parent: d.parent?.key ?? null,
    resourceId: d.resourceId,
    provider: d.provider,
    ephi: d.ephi,
    public: d.public,
    placeholder: d.placeholder,
  }));
  const seen = new Set<string>();
  const finalEdges = edges
    .map((e): MapEdge => ({ from: e.from.key, to: e.to.key, kind: e.kind, ...(e.title === undefined ? {} : { title: e.title }) }))
    .filter((e) => {
      const k = `${e.from}|${e.to}|${e.kind}|${e.title ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => keyNumber(a.from) - keyNumber(b.from) || keyNumber(a.to) - keyNumber(b.to) || byString(a.kind, b.kind) || byString(a.title ?? '', b.title ?? ''));
  return { nodes, edges: finalEdges };

  function accountDraftOf(d: Draft): Draft {
    let cur = d;
    while (cur.parent) cur = cur.parent;
    return cur;
  }
  function nearestNetwork(d: Draft, fallback: Draft): Draft {
    for (let cur: Draft | null = d; cur; cur = cur.parent) if (cur.kind === 'network' || cur.kind === 'account') return cur;
    return fallback;
  }
}

interface DraftEdge {
  readonly from: Draft;
  readonly to: Draft;
  readonly kind: MapEdgeKind;
  readonly title?: string;
}

function edgeOf(from: Draft, to: Draft, kind: MapEdgeKind): DraftEdge {
  return { from, to, kind };
}

function keyNumber(key: string): number {
  return Number(key.slice(1));
}

function rolePriority(e: InventoryEntry): string {
  return String(['network', 'subnet', 'gateway', 'security-group', 'resource'].indexOf(networkRole(e.type)));
}

/** Depth-first, children sorted by kind then label then id: the same inventory gives the same order. */
function treeOrder(drafts: readonly Draft[]): Draft[] {
  const children = new Map<Draft | null, Draft[]>();
  for (const d of drafts) {
    const list = children.get(d.parent) ?? [];
    list.push(d);
    children.set(d.parent, list);
  }
  const out: Draft[] = [];
  const visit = (parent: Draft | null) => {
    const list = (children.get(parent) ?? []).sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byString(a.label, b.label) || byString(a.sortKey, b.sortKey),
    );
    for (const d of list) {
      out.push(d);
      visit(d);
    }
  };
  visit(null);
  return out;
}

export interface CondensedGraph {
  readonly graph: NetworkGraph;
  /** What was left out, for a note beside the drawing; null when nothing was. */
  readonly note: string | null;
}

/**
 * A drawable subset of a large graph, for the SVG: first hide workloads that neither hold ePHI
 * nor face the internet, and security groups; then keep only accounts and networks; each kept
 * container says how many nodes it hides. The DOT and Mermaid files always hold the full graph.
 */
export function condenseGraph(graph: NetworkGraph, maxNodes: number): CondensedGraph {
  if (graph.nodes.length <= maxNodes) return { graph, note: null };
  const levels: readonly [(n: MapNode) => boolean, string][] = [
    [(n) => !((n.kind === 'resource' && !n.ephi && !n.public) || n.kind === 'security-group'), 'resources without ePHI or internet exposure, and security groups'],
    [(n) => n.kind === 'account' || n.kind === 'network' || n.kind === 'internet', 'subnets, gateways, security groups and resources'],
    [(n) => n.kind === 'account' || n.kind === 'internet', 'everything below the accounts'],
  ];
  for (const [keep, what] of levels) {
    const kept = graph.nodes.filter(keep);
    if (kept.length > maxNodes) continue;
    const keptKeys = new Set(kept.map((n) => n.key));
    const parentOf = new Map(graph.nodes.map((n) => [n.key, n.parent]));
    const hiddenUnder = new Map<string, { all: number; ephi: number }>();
    for (const n of graph.nodes) {
      if (keptKeys.has(n.key)) continue;
      let p = n.parent;
      while (p && !keptKeys.has(p)) p = parentOf.get(p) ?? null;
      if (!p) continue;
      const h = hiddenUnder.get(p) ?? { all: 0, ephi: 0 };
      h.all++;
      if (n.ephi) h.ephi++;
      hiddenUnder.set(p, h);
    }
    // A container that hides ePHI resources is drawn as holding ePHI.
    const nodes = kept.map((n) => {
      const h = hiddenUnder.get(n.key);
      if (!h) return n;
      const detail = `${n.detail ? `${n.detail} · ` : ''}+${h.all} not drawn${h.ephi > 0 ? ` (${h.ephi} ePHI)` : ''}`;
      return { ...n, detail, ephi: n.ephi || h.ephi > 0 };
    });
    const edges = graph.edges.filter((e) => keptKeys.has(e.from) && keptKeys.has(e.to));
    return { graph: { nodes, edges }, note: `Condensed to ${nodes.length} of ${graph.nodes.length} nodes: not drawn are ${what}. network-map.dot and network-map.mmd hold the full map.` };
  }
  return { graph: { nodes: [], edges: [] }, note: `The network map has ${graph.nodes.length} nodes: too many to draw. network-map.dot and network-map.mmd hold the full map.` };
}

/** Children by parent key (null = top level), in the graph's order. */
export function childrenByParent(graph: NetworkGraph): Map<string | null, MapNode[]> {
  const children = new Map<string | null, MapNode[]>();
  for (const n of graph.nodes) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  return children;
}
