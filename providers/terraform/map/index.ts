import type { IacSource, Resource } from '../../../src/model/resource.js';
import type { IacUnmappedConfig } from '../../../src/model/types/index.js';
import { ownValue, type TfResource } from '../model.js';
import { AWS_JOINED_TYPES, AWS_MAPPERS } from './aws.js';
import { AZURE_JOINED_TYPES, AZURE_MAPPERS } from './azure.js';
import { MapContext } from './context.js';
import { GCP_JOINED_TYPES, GCP_MAPPERS } from './gcp.js';
import { unmappedResource } from './unmapped.js';

/** One Terraform resource to its canonical resource (or several: a VNet with inline subnets); undefined when it yields none. */
type Mapper = (r: TfResource, ctx: MapContext) => Resource | readonly Resource[] | undefined;

/** Every Terraform type phiscan maps to a canonical resource (joined types contribute to these). */
export const MAPPERS: Readonly<Record<string, Mapper>> = { ...AWS_MAPPERS, ...AZURE_MAPPERS, ...GCP_MAPPERS };

const asList = (parents: string | readonly string[]): readonly string[] => (typeof parents === 'string' ? [parents] : parents);

/** Terraform types read only as part of a parent (joined type -> the parent types it can join). */
export const JOINED_TYPES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries<string | readonly string[]>({ ...AWS_JOINED_TYPES, ...AZURE_JOINED_TYPES, ...GCP_JOINED_TYPES }).map(([joined, parents]) => [joined, asList(parents)]),
);

const JOINED = new Set(Object.keys(JOINED_TYPES));

/**
 * Map the Terraform resources of one input to canonical resources, joining split resources into
 * their parents. Every managed resource ends in the inventory: mapped, joined into the resource it
 * is part of (listed in its `source.joined`), or else as `iac.unmapped` with no checks. A mapper
 * that throws leaves that resource unmapped with a note, never a guess.
 */
export function mapResources(resources: readonly TfResource[], warn: (message: string) => void = () => {}): Resource[] {
  const ctx = new MapContext(resources, JOINED);
  const out: Resource[] = [];
  // Resources without a canonical resource of their own: inventoried as unmapped unless joined into another.
  const unmapped: [TfResource, IacUnmappedConfig['reason']][] = [];
  for (const r of resources) {
    const mapper = ownValue(MAPPERS, r.type);
    if (!mapper) {
      unmapped.push([r, JOINED.has(r.type) ? 'parent-not-in-input' : 'unsupported-type']);
      continue;
    }
    ctx.beginMapping();
    try {
      const result = mapper(r, ctx);
      const joined = ctx.endMapping();
      if (result === undefined || (Array.isArray(result) && result.length === 0)) unmapped.push([r, 'parent-not-in-input']);
      for (const m of Array.isArray(result) ? (result as readonly Resource[]) : result ? [result as Resource] : []) {
        if (joined.length > 0 && m.source.kind === 'iac' && m.source.address === r.address) recordJoined(m.source, r, joined);
        out.push(m);
      }
    } catch (err) {
      ctx.endMapping();
      warn(`${r.file}:${r.line}: ${r.address} could not be mapped (${err instanceof Error ? err.message : String(err)})`);
      unmapped.push([r, 'mapping-failed']);
    }
  }
  for (const [r, reason] of unmapped) if (!ctx.isJoined(r)) out.push(unmappedResource(r, ctx, reason));
  return out;
}

/** Set the addresses and lines of the Terraform resources read as part of a resource on its (freshly built) source. */
function recordJoined(source: IacSource, r: TfResource, joined: readonly TfResource[]): void {
  const parts = joined.length === 1 ? joined.filter((j) => j !== r) : [...new Set(joined)].filter((j) => j !== r).sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  if (parts.length > 0) (source as { joined?: IacSource['joined'] }).joined = parts.map((j) => ({ address: j.address, file: j.file, line: j.line }));
}
