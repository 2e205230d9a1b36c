import type { Resource, ResourceType } from '../model/resource.js';
import type { InventoryView } from './check-api.js';

/** Indexes for cross-resource questions; the reference index is built on first use only. */
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
  return {
    byId: (id) => byId.get(id),
    ofType: <T extends ResourceType>(type: T) => (byType.get(type) ?? []) as unknown as readonly Resource<T>[],
    referencing(id) {
      refs ??= buildReferenceIndex(resources);
      return refs.get(id) ?? [];
    },
  };
}

function buildReferenceIndex(resources: readonly Resource[]): Map<string, Resource[]> {
  const index = new Map<string, Resource[]>();
  for (const r of resources) {
    const seen = new Set<string>();
    walkStrings(r.config, (s) => {
      if (s !== r.id && !seen.has(s)) {
        seen.add(s);
        let list = index.get(s);
        if (!list) index.set(s, (list = []));
        list.push(r);
      }
    });
  }
  return index;
}

function walkStrings(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const v of value) walkStrings(v, visit);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) walkStrings(v, visit);
}
