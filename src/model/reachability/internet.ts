import { PUBLIC_V4 } from './address.js';
import { IntSet } from './intset.js';
import { either, firstMatch, matchAddress, type Passage, type RuleHit } from './passage.js';
import type { Layer, Path } from './reach.js';

/**
 * "The internet" as a source. An internet host is any public address; a rule for one office
 * range does not open a database to the internet, while two rules for 0.0.0.0/1 and
 * 128.0.0.0/1 do. So the public space is cut into pieces no rule or route splits, each piece
 * is evaluated on its own, and traffic reaches "from the internet" when every public piece
 * either passes it or is singled out by a narrower deny (a block list), and some piece passes.
 */
export function atoms(space: IntSet, ranges: Iterable<IntSet | undefined>): IntSet[] {
  const cuts = new Set<bigint>();
  for (const r of ranges) if (r) for (const [lo, hi] of r.spans) {
    cuts.add(lo);
    cuts.add(hi + 1n);
  }
  const points = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: IntSet[] = [];
  let i = 0;
  for (const [lo, hi] of space.spans) {
    while (i < points.length && (points[i] as bigint) <= lo) i++;
    let start = lo;
    while (i < points.length && (points[i] as bigint) <= hi) {
      const p = points[i] as bigint;
      out.push(IntSet.range(start, p - 1n));
      start = p;
      i++;
    }
    out.push(IntSet.range(start, hi));
  }
  return out;
}

/** Combine the per-piece paths of the internet source (every path has the same layers, in the same order). */
export function internetPath(perAtom: readonly Path[]): Path | undefined {
  const first = perAtom[0];
  if (!first) return undefined;
  let allDef: IntSet | undefined;
  let allPos: IntSet | undefined;
  let someDef = IntSet.EMPTY;
  let somePos = IntSet.EMPTY;
  for (const p of perAtom) {
    const { definite, possible, excluded } = p.passage;
    allDef = (allDef ?? definite.union(excluded)).intersect(definite.union(excluded));
    allPos = (allPos ?? possible.union(excluded)).intersect(possible.union(excluded));
    someDef = someDef.union(definite);
    somePos = somePos.union(possible);
  }
  const layers: Layer[] = first.layers.map((l, i) => ({ ...l, passage: perAtom.map((p) => (p.layers[i] as Layer).passage).reduce(either) }));
  const merged = perAtom.map((p) => p.passage).reduce(either);
  return {
    passage: { ...merged, definite: (allDef ?? IntSet.EMPTY).intersect(someDef), possible: (allPos ?? IntSet.EMPTY).intersect(somePos), excluded: IntSet.EMPTY },
    layers,
  };
}

/**
 * A public endpoint's allow list (a data store's firewall, Cloud SQL's authorized networks) for
 * the internet source: `traffic` passes from the listed ranges, nothing from the rest.
 */
export function allowListPath(ranges: readonly { readonly label: string; readonly range: IntSet | undefined }[], traffic: IntSet, lay: (p: Passage) => Path, unlisted: string): Path | undefined {
  const hit = (r: (typeof ranges)[number], a: IntSet): RuleHit => ({ rule: r.label, action: 'allow', traffic, match: r.range === undefined ? 'maybe' : matchAddress(r.range, a), doubt: `${r.label} does not parse` });
  return internetPath(atoms(PUBLIC_V4, ranges.map((r) => r.range)).map((a) => lay(firstMatch(ranges.map((r) => hit(r, a)), { action: 'deny', rule: unlisted }))));
}
