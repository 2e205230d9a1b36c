import type { InventoryView } from '../../engine/check-api.js';
import type { Resource, ResourceType } from '../resource.js';

/** Last path segment of an id: an ARN's `subnet/subnet-0abc` and a bare `subnet-0abc` meet here. */
export function shortId(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash >= 0 ? id.slice(slash + 1) : id;
}

/**
 * Finds resources of one type by the forms other configs refer to them: the exact id (an ARN,
 * an Azure or GCP resource name, a Terraform-derived id; case-insensitively, as ARM compares
 * ids) or, for AWS (`bareIds`), the bare id its APIs return (`sg-0abc`), preferring the
 * referrer's account and region when a bare id is ambiguous.
 */
export class Resolver<T extends ResourceType> {
  private readonly exact = new Map<string, Resource<T>>();
  private readonly byShort = new Map<string, Resource<T>[]>();

  constructor(readonly all: readonly Resource<T>[], bareIds: boolean) {
    for (const r of all) {
      this.exact.set(r.id, r);
      this.exact.set(r.id.toLowerCase(), r);
      if (!bareIds) continue;
      const s = shortId(r.id).toLowerCase();
      const list = this.byShort.get(s);
      if (list) list.push(r);
      else this.byShort.set(s, [r]);
    }
  }

  static of<T extends ResourceType>(inventory: InventoryView, type: T, bareIds = false): Resolver<T> {
    return new Resolver(inventory.ofType(type), bareIds);
  }

  get(ref: string, near?: { readonly account: string | undefined; readonly region: string | undefined }): Resource<T> | undefined {
    const hit = this.exact.get(ref) ?? this.exact.get(ref.toLowerCase());
    if (hit) return hit;
    const candidates = this.byShort.get(shortId(ref).toLowerCase());
    if (!candidates) return undefined;
    if (candidates.length === 1) return candidates[0];
    return candidates.find((c) => c.account === near?.account && c.region === near?.region) ?? candidates.find((c) => c.account === near?.account);
  }
}
