import type { CoverageGap } from '../model/coverage.js';
import type { Finding } from '../model/finding.js';
import type { Resource, ResourceType } from '../model/resource.js';
import type { Check, InventoryView, ResourceSummary } from './check-api.js';
import { forEachReferencedString, networkOf, summarize } from './inventory.js';
import { gapKey, planChecks, SLICE_MS, type EngineOptions } from './run.js';
import { byString } from '../model/order.js';

/**
 * Resources already in memory (IaC inputs, live collectors) as a source. `sortedById`: the caller
 * sorted them by id and kept one per id (as `runEngine` does), so the engine need not check ids
 * again, and a lookup by id is a binary search instead of a map of every kept resource.
 */
export function memorySource(resources: readonly Resource[], sortedById = false): ResourceSource {
  const all = () => resources;
  const ofTypes = (types: ReadonlySet<ResourceType>) => resources.filter((r) => types.has(r.type));
  return sortedById ? { all, ofTypes, distinctIds: true, byId: (id) => findSorted(resources, id) } : { all, ofTypes };
}

function findSorted(sorted: readonly Resource[], id: string): Resource | undefined {
  for (let lo = 0, hi = sorted.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >>> 1;
    const r = sorted[mid] as Resource;
    if (r.id === id) return r;
    if (r.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** An inventory that can be read more than once, e.g. an NDJSON file. */
export interface ResourceSource {
  /** Every resource. Read once, after `ofTypes`. */
  all(): AsyncIterable<Resource> | Iterable<Resource>;
  /** Only resources of these types; sources that can filter without parsing make this cheap. */
  ofTypes(types: ReadonlySet<ResourceType>): AsyncIterable<Resource> | Iterable<Resource>;
  /** No two resources share an id: the engine skips its duplicate check (a set of every id read). */
  readonly distinctIds?: boolean;
  /** The resource with this id, for a source holding them all (with distinctIds): the engine then keeps no index of its own. */
  readonly byId?: (id: string) => Resource | undefined;
}

export interface StreamResult {
  readonly resources: number;
  readonly findings: number;
  readonly notApplicable: number;
}

/**
 * Evaluate an inventory too large to hold: resources are read, evaluated and dropped. Only what
 * checks declared in `lookups` is kept: the types they read (fetched in a first, filtered read),
 * and for checks asking whole-inventory questions (`referencing`, `inNetwork`) their subjects
 * plus summaries of the resources that answer them; those checks run after the full read.
 * Findings are those of `evaluate` on the same input, emitted in input order (sort to compare).
 * A duplicated id keeps its first occurrence, as `evaluate` does. Every SLICE_MS of work the
 * event loop runs and `signal` is checked, so an interrupt or --timeout stops it within moments.
 */
export async function evaluateStream(
  source: ResourceSource,
  gaps: readonly CoverageGap[],
  checksIn: readonly Check[],
  options: EngineOptions,
  emit: (finding: Finding) => void,
  signal?: AbortSignal,
): Promise<StreamResult> {
  const forEach = pausing(signal);
  const plan = planChecks(checksIn, options);
  const deferred = new Set(plan.checks.filter((c) => c.lookups !== undefined && ('referencedIds' in c.lookups || c.lookups.networks === true)));
  const lookup = source.distinctIds ? source.byId : undefined;
  // The kept resources by id, unless the source looks them up itself (a million in memory: a 30 MB map saved).
  const kept = lookup ? undefined : new Map<string, Resource>();
  const keptByType = new Map<string, Resource[]>();
  const keepTypes = new Set<ResourceType>();
  for (const c of plan.checks) {
    for (const t of c.lookups?.types ?? []) keepTypes.add(t);
    if (deferred.has(c)) for (const t of c.meta.resourceTypes) keepTypes.add(t);
  }
  if (keepTypes.size > 0) {
    await forEach(source.ofTypes(keepTypes), (r) => {
      if (kept) {
        if (kept.has(r.id)) return;
        kept.set(r.id, r);
      }
      push(keptByType, r.type, r);
    });
  }

  // Ids the deferred checks will pass to referencing(): the only reverse references worth keeping.
  const referenceTargets = new Set<string>();
  for (const c of deferred) {
    if (!c.lookups?.referencedIds) continue;
    for (const t of c.meta.resourceTypes) for (const r of keptByType.get(t) ?? []) for (const id of c.lookups.referencedIds(r)) referenceTargets.add(id);
  }
  // Most config strings are ruled out by their length alone, without hashing them.
  const targetLengths = new Set([...referenceTargets].map((id) => id.length));
  const wantNetworks = [...deferred].some((c) => c.lookups?.networks);
  const references = new Map<string, ResourceSummary[]>();
  const networks = new Map<string, ResourceSummary[]>();

  const view: InventoryView = {
    byId: (id) => {
      if (kept) return kept.get(id);
      // Only the declared types, as from the map: a lookup answers the same whatever the source.
      const r = lookup?.(id);
      return r !== undefined && keepTypes.has(r.type) ? r : undefined;
    },
    ofType: (type) => {
      if (!keepTypes.has(type)) throw new Error(`inventory lookup of ${type} is not declared in the check's lookups`);
      return (keptByType.get(type) ?? []) as never;
    },
    referencing: (id) => {
      if (!referenceTargets.has(id)) throw new Error(`referencing(${id}) is not declared in the check's lookups`);
      return sortedById(references.get(id));
    },
    inNetwork: (networkId) => {
      if (!wantNetworks) throw new Error("inNetwork() is not declared in the check's lookups");
      return sortedById(networks.get(networkId));
    },
  };
  const sortedGaps = [...gaps].sort((a, b) => byString(gapKey(a), gapKey(b)));
  const contexts = plan.contexts(view, sortedGaps);

  const seen = new Set<string>();
  const distinctIds = source.distinctIds === true;
  let resources = 0;
  let findings = 0;
  let notApplicable = 0;
  const count = (f: Finding): void => {
    findings++;
    emit(f);
  };
  const immediate = new Map<string, readonly Check[]>();
  const step = (r: Resource): void => {
    if (!distinctIds) {
      // One hash lookup, not two (has, then add): at a million ids this was most of the loop's own time.
      const before = seen.size;
      if (seen.add(r.id).size === before) return;
    }
    resources++;
    let checks = immediate.get(r.type);
    if (!checks) immediate.set(r.type, (checks = plan.checksFor(r.type).filter((c) => !deferred.has(c))));
    notApplicable += plan.evaluateResource(r, checks, contexts, count);
    if (referenceTargets.size > 0) {
      // Only the wanted targets are collected: no set of every string of every resource.
      let summary: ResourceSummary | undefined;
      forEachReferencedString(r, (s) => {
        if (!targetLengths.has(s.length) || !referenceTargets.has(s)) return;
        summary ??= summarize(r);
        const list = references.get(s);
        // A resource naming the same target twice is listed once.
        if (list === undefined) references.set(s, [summary]);
        else if (list[list.length - 1] !== summary) list.push(summary);
      });
    }
    if (wantNetworks) {
      const networkId = networkOf(r);
      if (networkId !== undefined) push(networks, networkId, summarize(r));
    }
    if (resources % 10_000 === 0) options.onProgress?.({ resources });
  };
  await forEach(source.all(), step);
  const deferredWork = function* (): Generator<[Check, Resource]> {
    for (const c of [...deferred].sort((a, b) => byString(a.meta.id, b.meta.id))) for (const t of c.meta.resourceTypes) for (const r of keptByType.get(t) ?? []) yield [c, r];
  };
  await forEach(deferredWork(), ([c, r]) => (notApplicable += plan.evaluateResource(r, [c], contexts, count)));
  for (const f of plan.gapFindings(sortedGaps)) count(f);
  return { resources, findings, notApplicable };
}

/**
 * Visit every item; a sync source is iterated synchronously (`for await` would cost a promise per
 * resource), pausing for the event loop only when a slice of SLICE_MS has passed.
 */
function pausing(signal: AbortSignal | undefined): <T>(items: AsyncIterable<T> | Iterable<T>, visit: (item: T) => void) => Promise<void> {
  let sliceStart = performance.now();
  let n = 0;
  const due = (): boolean => (++n & 63) === 0 && performance.now() - sliceStart > SLICE_MS;
  const pause = async (): Promise<void> => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  return async (items, visit) => {
    if (Symbol.iterator in items) {
      for (const item of items) {
        visit(item);
        if (due()) await pause();
      }
    } else {
      for await (const item of items) {
        visit(item);
        if (due()) await pause();
      }
    }
  };
}

function push<T>(index: Map<string, T[]>, key: string, value: T): void {
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  list.push(value);
}

/** Sorted once, after the full read (lookups happen only then); later calls find it sorted. */
function sortedById<T extends { readonly id: string }>(list: T[] | undefined): readonly T[] {
  if (!list) return [];
  if (!SORTED.has(list)) {
    list.sort((a, b) => byString(a.id, b.id));
    SORTED.add(list);
  }
  return list;
}
const SORTED = new WeakSet<object>();
