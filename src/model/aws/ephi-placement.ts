import type { InventoryView, ResourceSummary } from '../../engine/check-api.js';

type IsEphi = (r: ResourceSummary) => boolean;

/** What a network (VPC) holds, by its own tags and those of the resources placed in it; ids sorted. */
export interface NetworkEphi {
  /** Tagged as holding ePHI (the VPC itself counts). */
  readonly ephi: readonly string[];
  /** Tags could not be read: each may hold ePHI. */
  readonly unreadable: readonly string[];
}

// Every subnet of a VPC asks the same question: answer it once per inventory, classifier and VPC.
const memo = new WeakMap<InventoryView, WeakMap<IsEphi, Map<string, NetworkEphi>>>();

/** The ePHI and unreadable-tag resources of a network (VPC), using each type's network placement. */
export function networkEphi(vpcId: string, inventory: InventoryView, isEphi: IsEphi): NetworkEphi {
  let byClassifier = memo.get(inventory);
  if (!byClassifier) memo.set(inventory, (byClassifier = new WeakMap()));
  let byVpc = byClassifier.get(isEphi);
  if (!byVpc) byClassifier.set(isEphi, (byVpc = new Map<string, NetworkEphi>()));
  const known = byVpc.get(vpcId);
  if (known) return known;
  const ephi = new Set<string>();
  const unreadable = new Set<string>();
  const vpc = inventory.byId(vpcId);
  for (const r of [...(vpc ? [vpc] : []), ...inventory.inNetwork(vpcId)]) {
    if (isEphi(r)) ephi.add(r.id);
    else if (r.tags === undefined) unreadable.add(r.id);
  }
  const answer = { ephi: [...ephi].sort(), unreadable: [...unreadable].sort() };
  byVpc.set(vpcId, answer);
  return answer;
}
