import { ResourceManagementClient, type GenericResource } from '@azure/arm-resources';
import type { TokenCredential } from '@azure/core-auth';
import type { LimitFunction } from 'p-limit';
import type { ArmRecord } from './records.js';
import { ARM_SCOPE, AzureCallError, classify, guardOrigin, pipelineOptions, type JsonObject, type PipelineSettings, type RestClient } from './rest.js';
import { lower, obj, str, subscriptionOf, tagsOf } from './values.js';

export const RESOURCE_GRAPH_PATH = '/providers/Microsoft.ResourceGraph/resources';
export const RESOURCE_GRAPH_API = '2022-10-01';
/** Resource Graph's maximum page size. */
const GRAPH_PAGE = 1000;

/** The KQL query: the listed types in one subscription, the columns the mappers read, stable order. */
export function resourceGraphQuery(armTypes: readonly string[]): string {
  const types = armTypes.map((t) => `'${lower(t)}'`).join(', ');
  return `Resources | where type in~ (${types}) | project id, name, type, location, subscriptionId, tags, sku, kind, managedBy, properties | order by id asc`;
}

/** Every resource of the given types in the given subscriptions through Resource Graph, following `$skipToken`. */
export async function readViaResourceGraph(rest: RestClient, subscriptionIds: readonly string[], armTypes: readonly string[]): Promise<ArmRecord[]> {
  const query = resourceGraphQuery(armTypes);
  const out: ArmRecord[] = [];
  let skipToken: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages > 10_000) throw new AzureCallError(undefined, 'PagingLoop', 'error', 'more than 10000 Resource Graph pages');
    const body = await rest.post(RESOURCE_GRAPH_PATH, RESOURCE_GRAPH_API, {
      subscriptions: [...subscriptionIds], query,
      options: { $top: GRAPH_PAGE, resultFormat: 'objectArray', ...(skipToken ? { $skipToken: skipToken } : {}) },
    });
    const data = Array.isArray(body.data) ? body.data : [];
    for (const row of data) {
      const r = toRecord(obj(row), '');
      if (r) out.push(r);
    }
    skipToken = str(body.$skipToken) ?? undefined;
    if (!skipToken) return out;
  }
}

/** Subscriptions per Resource Graph query: Microsoft recommends grouping (fewer, larger queries) in batches under 300. */
export const GRAPH_BATCH = 250;

/**
 * Resource Graph rows per subscription, one batched query (with its pages) per group of
 * subscriptions, started on first use and shared by the subscriptions of the batch. A failed
 * batch rejects for each of its subscriptions, which then fall back to ARM.
 */
export function graphBatches(rest: RestClient, subscriptionIds: readonly string[], armTypes: readonly string[], limit: LimitFunction): (subscriptionId: string) => Promise<ArmRecord[]> {
  const batches = new Map<string, Promise<Map<string, ArmRecord[]>>>();
  const sorted = [...subscriptionIds].sort();
  return async (subscriptionId) => {
    const index = Math.floor(sorted.indexOf(subscriptionId) / GRAPH_BATCH);
    const ids = sorted.slice(index * GRAPH_BATCH, (index + 1) * GRAPH_BATCH);
    const key = String(index);
    let batch = batches.get(key);
    if (!batch) {
      batch = limit(async () => {
        const bySub = new Map<string, ArmRecord[]>(ids.map((id) => [lower(id), []]));
        for (const r of await readViaResourceGraph(rest, ids, armTypes)) bySub.get(lower(r.subscriptionId))?.push(r);
        return bySub;
      });
      batches.set(key, batch);
    }
    return (await batch).get(lower(subscriptionId)) ?? [];
  };
}

export interface ArmReadResult {
  readonly records: ArmRecord[];
  /** Per-resource getById failures. */
  readonly failures: readonly { readonly id: string; readonly armType: string; readonly error: AzureCallError }[];
  /** The resources list itself failed: nothing is known for any type. */
  readonly listError: AzureCallError | undefined;
}

/**
 * The ARM path when Resource Graph is not allowed: `resources.list` (nextLink pages) filtered to
 * the types we map, then `getById` for the properties, with the API version the providers list
 * advertises (the mapper's pinned version when available, else the newest stable one).
 */
export async function readViaArm(
  credential: TokenCredential, settings: PipelineSettings, subscriptionId: string, versions: ReadonlyMap<string, string>, limit: LimitFunction, signal: AbortSignal | undefined,
  log: (m: string) => void,
): Promise<ArmReadResult> {
  const client = new ResourceManagementClient(credential, subscriptionId, {
    endpoint: settings.endpoints.arm, $host: settings.endpoints.arm, credentialScopes: [ARM_SCOPE], ...pipelineOptions(settings),
  });
  // The SDK pager follows nextLink with the bearer token: only on the ARM endpoint's origin.
  guardOrigin(client.pipeline, settings.endpoints.arm);
  const opts = signal ? { abortSignal: signal } : {};
  const available = new Map<string, string[]>();
  try {
    for await (const p of client.providers.list(opts)) {
      for (const t of p.resourceTypes ?? []) if (p.namespace && t.resourceType) available.set(lower(`${p.namespace}/${t.resourceType}`), t.apiVersions ?? []);
    }
  } catch (err) {
    log(`azure: providers list in ${subscriptionId} failed (${classify(err).code}); using pinned API versions`);
  }
  const wanted = new Set([...versions.keys()]);
  const listed: GenericResource[] = [];
  try {
    const filter = [...versions.keys()].map((t) => `resourceType eq '${t}'`).join(' or ');
    for await (const r of client.resources.list({ ...opts, filter })) listed.push(r);
  } catch (err) {
    return { records: [], failures: [], listError: classify(err, signal) };
  }
  const failures: { id: string; armType: string; error: AzureCallError }[] = [];
  const records = await Promise.all(listed.filter((r) => r.id && r.type && wanted.has(lower(r.type))).map((r) => limit(async () => {
    const armType = r.type ?? '';
    const version = chooseApiVersion(versions.get(lower(armType)) ?? '', available.get(lower(armType)));
    try {
      const full = await client.resources.getById(r.id ?? '', version, opts);
      return toRecord(full as unknown as JsonObject, subscriptionId);
    } catch (err) {
      failures.push({ id: r.id ?? '', armType, error: classify(err, signal) });
      return undefined;
    }
  })));
  return { records: records.flatMap((r) => (r ? [r] : [])), failures, listError: undefined };
}

/** The pinned version when the provider advertises it (or nothing is known), else the newest stable one advertised. */
export function chooseApiVersion(pinned: string, advertised: readonly string[] | undefined): string {
  if (!advertised || advertised.length === 0 || advertised.includes(pinned)) return pinned;
  const stable = advertised.filter((v) => !v.includes('preview')).sort();
  return stable[stable.length - 1] ?? [...advertised].sort()[advertised.length - 1] ?? pinned;
}

export function toRecord(o: JsonObject, subscriptionId: string): ArmRecord | undefined {
  const id = str(o.id);
  const type = str(o.type);
  if (!id || !type) return undefined;
  return {
    id, type,
    name: str(o.name) ?? id.split('/').pop() ?? id,
    location: str(o.location),
    subscriptionId: str(o.subscriptionId) ?? subscriptionOf(id) ?? subscriptionId,
    tags: tagsOf(o.tags),
    sku: o.sku && typeof o.sku === 'object' && !Array.isArray(o.sku) ? o.sku : null,
    kind: str(o.kind),
    managedBy: str(o.managedBy),
    properties: obj(o.properties),
  };
}
