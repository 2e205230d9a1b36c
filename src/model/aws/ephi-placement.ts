import type { InventoryView } from '../../engine/check-api.js';
import type { Resource } from '../resource.js';
import { RESOURCE_TYPES } from '../types/index.js';

/**
 * Ids of ePHI resources placed in a network (VPC), using each type's network placement, sorted.
 * The VPC itself counts when it is tagged as holding ePHI.
 */
export function ephiResourcesInNetwork(vpcId: string, inventory: InventoryView, isEphi: (r: Resource) => boolean): string[] {
  const out: string[] = [];
  const vpc = inventory.byId(vpcId);
  if (vpc && isEphi(vpc)) out.push(vpc.id);
  for (const d of RESOURCE_TYPES) {
    if (!d.network) continue;
    for (const r of inventory.ofType(d.type)) {
      if (!isEphi(r)) continue;
      if (d.network(r.config).networkId === vpcId) out.push(r.id);
    }
  }
  return [...new Set(out)].sort();
}
