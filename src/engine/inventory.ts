import type { Resource, ResourceType } from '../model/resource.js';
import { RESOURCE_TYPES } from '../model/types/index.js';
import type { InventoryView, ResourceSummary } from './check-api.js';
import { byString } from '../model/order.js';

/** Indexes for cross-resource questions over an in-memory inventory; reverse indexes are built on first use. */
export function buildInventoryView(resources: readonly Resource[]): InventoryView {
  const byId = new Map<string, Resource>();
  const byType = new Map<string, Resource[]>();
  for (const r of resources) {
    byId.set(r.id, r);
    let list = byType.get(r.type);
    if (!list) byType.set(r.type, (list = []));
    list.push(r);
  }
  let refs: Map<string, Resource[]> | undefined;
  let networks: Map<string, Resource[]> | undefined;
  return {
    byId: (id) => byId.get(id),
    ofType: <T extends ResourceType>(type: T) => (byType.get(type) ?? []) as unknown as readonly Resource<T>[],
    referencing(id) {
      refs ??= indexBy(resources, (r) => referencedStrings(r));
      return refs.get(id) ?? [];
    },
    inNetwork(networkId) {
      networks ??= indexBy(resources, (r) => {
        const id = networkOf(r);
        return id === undefined ? [] : [id];
      });
      return networks.get(networkId) ?? [];
    },
  };
}

/** Every distinct string in a resource's config other than its own id. */
export function referencedStrings(r: Resource): Set<string> {
  const seen = new Set<string>();
  forEachReferencedString(r, (s) => seen.add(s));
  return seen;
}

/** Every string in a resource's config other than its own id, repeats included. */
export function forEachReferencedString(r: Resource, visit: (s: string) => void): void {
  walkStrings(r.config, (s) => {
    if (s !== r.id) visit(s);
  });
}

const PLACEMENT = new Map(RESOURCE_TYPES.filter((d) => d.network).map((d) => [d.type as string, d.network as (config: unknown) => { networkId?: string | undefined }]));

/** The network a resource is placed in, by its type's network placement. */
export function networkOf(r: Resource): string | undefined {
  return PLACEMENT.get(r.type)?.(r.config).networkId;
}

/** A resource's identity without its config. */
export function summarize(r: Resource): ResourceSummary {
  return { provider: r.provider, type: r.type, id: r.id, name: r.name, account: r.account, region: r.region, tags: r.tags, source: r.source };
}

function indexBy(resources: readonly Resource[], keys: (r: Resource) => Iterable<string>): Map<string, Resource[]> {
  const index = new Map<string, Resource[]>();
  for (const r of [...resources].sort((a, b) => byString(a.id, b.id))) {
    for (const k of keys(r)) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(r);
    }
  }
  return index;
}

function walkStrings(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const v of value) walkStrings(v, visit);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) walkStrings(v, visit);
}
