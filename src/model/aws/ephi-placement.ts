import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';

type IsEphi = (r: ResourceSummary) => boolean;

// Every subnet of a VPC asks the same question: answer it once per inventory, classifier and VPC.
const memo = new WeakMap<InventoryView, WeakMap<IsEphi, Map<string, readonly string[]>>>();

/**
 * Ids of ePHI resources placed in a network (VPC), using each type's network placement, sorted.
 * The VPC itself counts when it is tagged as holding ePHI.
 */
export function ephiResourcesInNetwork(vpcId: string, inventory: InventoryView, isEphi: IsEphi): readonly string[] {
  let byClassifier = memo.get(inventory);
  if (!byClassifier) memo.set(inventory, (byClassifier = new WeakMap()));
  let byVpc = byClassifier.get(isEphi);
  if (!byVpc) byClassifier.set(isEphi, (byVpc = new Map<string, readonly string[]>()));
  const known = byVpc.get(vpcId);
  if (known) return known;
  const out: string[] = [];
  const vpc = inventory.byId(vpcId);
  if (vpc && isEphi(vpc)) out.push(vpc.id);
  for (const r of inventory.inNetwork(vpcId)) if (isEphi(r)) out.push(r.id);
  const ids = [...new Set(out)].sort();
  byVpc.set(vpcId, ids);
  return ids;
}

/** Ids of the network (VPC) and the resources placed in it whose tags could not be read, sorted: each may hold ePHI. */
export function unreadableTagsInNetwork(vpcId: string, inventory: InventoryView): readonly string[] {
  const vpc = inventory.byId(vpcId);
  const ids = [...(vpc ? [vpc] : []), ...inventory.inNetwork(vpcId)].filter((r) => r.tags === undefined).map((r) => r.id);
  return [...new Set(ids)].sort();
}
