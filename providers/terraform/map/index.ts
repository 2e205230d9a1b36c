import type { Resource } from '../../../src/model/resource.js';
import { ownValue, type TfResource } from '../model.js';
import { AWS_JOINED_TYPES, AWS_MAPPERS } from './aws.js';
import { AZURE_JOINED_TYPES, AZURE_MAPPERS } from './azure.js';
import { MapContext } from './context.js';
import { GCP_JOINED_TYPES, GCP_MAPPERS } from './gcp.js';

/** One Terraform resource to its canonical resource (or several: a VNet with inline subnets); undefined when it yields none. */
type Mapper = (r: TfResource, ctx: MapContext) => Resource | readonly Resource[] | undefined;

/** Every Terraform type phiscan maps to a canonical resource (joined types contribute to these). */
export const MAPPERS: Readonly<Record<string, Mapper>> = { ...AWS_MAPPERS, ...AZURE_MAPPERS, ...GCP_MAPPERS };

const asList = (parents: string | readonly string[]): readonly string[] => (typeof parents === 'string' ? [parents] : parents);

/** Terraform types read only as part of a parent (joined type -> the parent types it can join). */
export const JOINED_TYPES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries<string | readonly string[]>({ ...AWS_JOINED_TYPES, ...AZURE_JOINED_TYPES, ...GCP_JOINED_TYPES }).map(([joined, parents]) => [joined, asList(parents)]),
);

/**
 * Map the Terraform resources of one input to canonical resources, joining split resources into
 * their parents. A mapper that throws leaves that resource out with a note, never a guess.
 */
export function mapResources(resources: readonly TfResource[], warn: (message: string) => void = () => {}): Resource[] {
  const ctx = new MapContext(resources);
  const out: Resource[] = [];
  for (const r of resources) {
    const mapper = ownValue(MAPPERS, r.type);
    if (!mapper) continue;
    try {
      const mapped = mapper(r, ctx);
      if (Array.isArray(mapped)) out.push(...(mapped as readonly Resource[]));
      else if (mapped) out.push(mapped as Resource);
    } catch (err) {
      warn(`${r.file}:${r.line}: ${r.address} could not be mapped (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return out;
}
