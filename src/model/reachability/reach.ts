import { IntSet } from './intset.js';
import { both, either, type Passage } from './passage.js';

/**
 * Paths, hops and the reach of one source to one ePHI resource. A path is the list of filters
 * traffic crosses in order (source side first); what reaches is what passes all of them.
 */
export type HopKind =
  | 'route' | 'peering' | 'network-acl' | 'security-group' | 'network-security-group' | 'firewall-rule' | 'service-firewall' | 'public-endpoint';

export interface Layer {
  readonly kind: HopKind;
  /** The route table, ACL, security group, NSG, firewall or resource that decides. */
  readonly resourceId: string;
  /** `egress`, `outbound`, `inbound`, `ingress`, `replies`, `route`, `return route`, ... */
  readonly role: string;
  readonly passage: Passage;
}

export interface Hop {
  readonly kind: HopKind;
  readonly resourceId: string;
  readonly role: string;
  /** The rules that let the reaching traffic through; for a hop that could not be read, why. */
  readonly rules: readonly string[];
}

export interface Path {
  readonly passage: Passage;
  readonly layers: readonly Layer[];
}

export function path(layers: readonly Layer[]): Path {
  let passage: Passage | undefined;
  for (const l of layers) passage = passage ? both(passage, l.passage) : l.passage;
  if (!passage) throw new Error('a path needs at least one layer');
  return { passage, layers };
}

/** Several ways to the same resource (its subnets, interfaces): what passes any of them, the best path kept for evidence. */
export function anyPath(paths: readonly Path[]): Path | undefined {
  if (paths.length === 0) return undefined;
  let passage = (paths[0] as Path).passage;
  for (const p of paths.slice(1)) passage = either(passage, p.passage);
  const best = [...paths].sort((a, b) => weight(b) - weight(a))[0] as Path;
  return { passage, layers: best.layers };
}

const weight = (p: Path): number => (p.passage.definite.isEmpty ? 0 : 2) + (p.passage.possible.isEmpty ? 0 : 1);

/** The hops of a path for the traffic that reaches: each filter's rules that let some of it through. */
export function hopsOf(p: Path, traffic: IntSet): Hop[] {
  return p.layers.map((l) => {
    const rules = [...new Set(l.passage.allowedBy.filter((a) => a.traffic.overlaps(traffic) || a.traffic.isEmpty).map((a) => (a.certain ? a.rule : `${a.rule} (if it matches)`)))];
    return { kind: l.kind, resourceId: l.resourceId, role: l.role, rules: [...rules, ...l.passage.unknown.map((u) => `unknown: ${u}`)] };
  });
}

export type SourceKind = 'internet' | 'workload';

export interface ReachSource {
  readonly kind: SourceKind;
  /** The workload's resource id; null for the internet. */
  readonly id: string | null;
  readonly name: string;
  /** Other workloads with the same placement and groups (same verdict), ids. */
  readonly alike: readonly string[];
}

export interface Reach {
  readonly source: ReachSource;
  readonly definite: IntSet;
  readonly possible: IntSet;
  readonly hops: readonly Hop[];
  /** What was not known on this path. */
  readonly unknown: readonly string[];
}

export interface ReachAnalysis {
  readonly targetId: string;
  /** A database, cache or storage endpoint (the internet may not reach these at all), rather than a host. */
  readonly dataStore: boolean;
  /** Sources with some possible reach: the internet first, then workloads by id. */
  readonly reaches: readonly Reach[];
  /** How many sources and filters were evaluated, for the evidence of a pass. */
  readonly evaluated: { readonly sources: number; readonly filters: number };
  /** Why the analysis as a whole is incomplete (a coverage gap, the resource's own placement unknown); [] when complete. */
  readonly incomplete: readonly string[];
  /** Controls the analysis does not read and treats as letting traffic through (named in the evidence of every verdict). */
  readonly notModelled?: readonly string[];
}

export function reachOf(source: ReachSource, p: Path): Reach {
  const shown = p.passage.definite.isEmpty ? p.passage.possible : p.passage.definite;
  return { source, definite: p.passage.definite, possible: p.passage.possible, hops: hopsOf(p, shown), unknown: [...new Set(p.passage.unknown)] };
}

export const EMPTY_TRAFFIC = IntSet.EMPTY;
