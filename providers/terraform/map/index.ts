import type { IacSource, Resource } from '../../../src/model/resource.js';
import type { IacUnmappedConfig } from '../../../src/model/types/index.js';
import { ownValue, type TfResource } from '../model.js';
import { AWS_JOINED_TYPES, AWS_MAPPERS } from './aws.js';
import { AZURE_JOINED_TYPES, AZURE_MAPPERS } from './azure.js';
import { MapContext, UndeclaredLookupError } from './context.js';
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
 * The mapped types a mapper looks up by type: `ofType`, `children`, or `parent` with literal keys
 * (which indexes the parent type by value). Every other mapped type is looked up only by
 * reference, so once mapped its Terraform record can go (MapContext.release). Found by reading
 * every lookup in map/*.ts (test/providers/terraform/lookups.test.ts repeats that reading);
 * MapContext.ofType throws on a mapped type missing here, so an omission fails a scan loudly.
 */
export const LOOKED_UP_TYPES: readonly string[] = [
  'aws_db_instance',
  'aws_default_network_acl',
  'aws_default_route_table',
  'aws_default_security_group',
  'aws_ebs_encryption_by_default',
  'aws_elasticache_replication_group',
  'aws_iam_user',
  'aws_network_acl',
  'aws_rds_cluster',
  'aws_subnet',
  'azurerm_monitor_activity_log_alert',
  'azurerm_security_center_setting',
  'azurerm_security_center_subscription_pricing',
  'azurerm_subnet',
  'azurerm_subscription_policy_assignment',
  'azurerm_virtual_network',
  'google_compute_network',
  'google_project_iam_audit_config',
];

const UNLOOKED = new Set(Object.keys(MAPPERS).filter((t) => !LOOKED_UP_TYPES.includes(t)));

/**
 * Map the Terraform resources of one input to canonical resources, joining split resources into
 * their parents. Every managed resource ends in the inventory: mapped, joined into the resource it
 * is part of (listed in its `source.joined`), or else as `iac.unmapped` with no checks. A mapper
 * that throws leaves that resource unmapped with a note, never a guess. `release`: drop each
 * record from `resources` once no later mapping can ask for it (the loaders, whose array it is).
 */
export function mapResources(resources: readonly TfResource[], warn: (message: string) => void = () => {}, options: { readonly release?: boolean } = {}): Resource[] {
  const ctx = new MapContext(resources, JOINED, UNLOOKED);
  const out: Resource[] = [];
  // Resources without a canonical resource of their own: inventoried as unmapped unless joined into another.
  const unmapped: [TfResource, IacUnmappedConfig['reason']][] = [];
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as TfResource;
    const mapper = ownValue(MAPPERS, r.type);
    if (!mapper) {
      unmapped.push([r, JOINED.has(r.type) ? 'parent-not-in-input' : 'unsupported-type']);
      continue;
    }
    ctx.beginMapping();
    try {
      const result = mapper(r, ctx);
      const joined = ctx.endMapping();
      const none = result === undefined || (Array.isArray(result) && result.length === 0);
      if (none) unmapped.push([r, 'parent-not-in-input']);
      for (const m of Array.isArray(result) ? (result as readonly Resource[]) : result ? [result as Resource] : []) {
        if (joined.length > 0 && m.source.kind === 'iac' && m.source.address === r.address) recordJoined(m.source, r, joined);
        out.push(m);
      }
      if (options.release && !none) ctx.release(i);
    } catch (err) {
      ctx.endMapping();
      if (err instanceof UndeclaredLookupError) throw err;
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
