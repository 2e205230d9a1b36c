import type { Resource } from '../../../src/model/resource.js';
import type { IacUnmappedConfig } from '../../../src/model/types/index.js';
import type { TfResource } from '../model.js';
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
  const unmapped = new Map<TfResource, IacUnmappedConfig['reason']>();
  for (const r of resources) {
    const mapper = MAPPERS[r.type];
    if (!mapper) {
      unmapped.set(r, JOINED.has(r.type) ? 'parent-not-in-input' : 'unsupported-type');
      continue;
    }
    try {
      const { result, joined } = ctx.mapping(() => mapper(r, ctx));
      const mapped = result === undefined ? [] : Array.isArray(result) ? (result as readonly Resource[]) : [result as Resource];
      if (mapped.length === 0) unmapped.set(r, 'parent-not-in-input');
      for (const m of mapped) out.push(m.source.kind === 'iac' && m.source.address === r.address ? withJoined(m, r, joined) : m);
    } catch (err) {
      warn(`${r.file}:${r.line}: ${r.address} could not be mapped (${err instanceof Error ? err.message : String(err)})`);
      unmapped.set(r, 'mapping-failed');
    }
  }
  for (const [r, reason] of unmapped) if (!ctx.isJoined(r)) out.push(unmappedResource(r, ctx, reason));
  return out;
}

/** The resource with the addresses and lines of the Terraform resources read as part of it. */
function withJoined(m: Resource, r: TfResource, joined: readonly TfResource[]): Resource {
  const parts = [...new Set(joined)].filter((j) => j !== r);
  if (parts.length === 0) return m;
  parts.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { ...m, source: { ...m.source, joined: parts.map((j) => ({ address: j.address, file: j.file, line: j.line })) } } as Resource;
}
