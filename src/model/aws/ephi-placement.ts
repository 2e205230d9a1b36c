import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';

/**
 * Ids of ePHI resources placed in a network (VPC), using each type's network placement, sorted.
 * The VPC itself counts when it is tagged as holding ePHI.
 */
export function ephiResourcesInNetwork(vpcId: string, inventory: InventoryView, isEphi: (r: ResourceSummary) => boolean): string[] {
  const out: string[] = [];
  const vpc = inventory.byId(vpcId);
  if (vpc && isEphi(vpc)) out.push(vpc.id);
  for (const r of inventory.inNetwork(vpcId)) if (isEphi(r)) out.push(r.id);
  return [...new Set(out)].sort();
}
