import { setOwn } from '../../src/lib/objects.js';
import { v1 } from '@google-cloud/asset';
import pLimit from 'p-limit';
import type { CollectContext, CollectEvent, Collector } from '../types.js';
import { abortedByDeadline, DEADLINE_GAP_MESSAGE } from '../../src/engine/deadline.js';
import { keepOwned, selectShard } from '../../src/engine/shard.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Resource, ResourceType } from '../../src/model/resource.js';
import type { IamBinding, InheritedSink, OrgpolicyPolicyConfig, ResourcemanagerProjectConfig, ServiceAccountKeySummary, VmOsLoginOverride } from '../../src/model/types/gcp/index.js';
import { DEFAULT_RETRY, ListAssetsError, classify, listAssetPages, type Asset, type ContentType, type RetryPolicy } from './list.js';
import { ASSET_MAPPERS, COMPUTE_INSTANCE_MAPPER, LOGGING_SINK_MAPPER, type AssetMapper } from './mappers.js';
import { containerName, effectiveConstraints, iamOf, orgPoliciesOf } from './project.js';
import { structToJson } from './struct.js';
import { bool, labels, lastSegment, obj, str, type JsonObject } from './values.js';
import { NoIdentityError } from '../no-identity.js';
import { pushAll } from '../../src/lib/arrays.js';

/** The RPCs this collector may call: Cloud Asset Inventory reads only. */
export const GCP_READ_RPCS = ['google.cloud.asset.v1.AssetService/ListAssets'] as const;

export const PROJECT_ASSET = 'cloudresourcemanager.googleapis.com/Project';
export const FOLDER_ASSET = 'cloudresourcemanager.googleapis.com/Folder';
export const ORGANIZATION_ASSET = 'cloudresourcemanager.googleapis.com/Organization';
export const SERVICE_ASSET = 'serviceusage.googleapis.com/Service';
export const COMPUTE_PROJECT_ASSET = 'compute.googleapis.com/Project';
export const SCC_SERVICE_ASSET = 'securitycentermanagement.googleapis.com/SecurityCenterService';
const BUCKET_ASSET = 'storage.googleapis.com/Bucket';
const DATASET_ASSET = 'bigquery.googleapis.com/Dataset';
const KMS_KEY_ASSET = 'cloudkms.googleapis.com/CryptoKey';
const KMS_KEY_RING_ASSET = 'cloudkms.googleapis.com/KeyRing';
export const SERVICE_ACCOUNT_KEY_ASSET = 'iam.googleapis.com/ServiceAccountKey';

/** Application Default Credentials, in google-auth-library's order (for the "no identity" message). */
const GCP_CHAIN = 'Application Default Credentials: GOOGLE_APPLICATION_CREDENTIALS, the gcloud ADC file (application_default_credentials.json), the GCE/GKE metadata server';

/** Where to read: any mix of projects, a folder and an organization (numeric ids for the last two). */
export interface GcpScope {
  readonly projects?: readonly string[];
  readonly folder?: string;
  readonly organization?: string;
}

export interface GcpCollectorOptions {
  /** AssetServiceClient constructor options; production leaves them unset (ADC, cloudasset.googleapis.com over gRPC). */
  readonly clientOptions?: ConstructorParameters<typeof v1.AssetServiceClient>[0];
  readonly pageSize?: number;
  /** ListAssets streams (one per asset type and parent) in flight at once. */
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
}

interface ListSpec {
  readonly key: string;
  readonly assetTypes: readonly string[];
  readonly contentType: ContentType;
  /** Canonical types whose data (or one attribute of it) this listing provides. */
  readonly hides: readonly ResourceType[];
}

const SPECS: readonly ListSpec[] = [
  ...ASSET_MAPPERS.map((m) => ({ key: `resource:${m.assetType}`, assetTypes: [m.assetType], contentType: 'RESOURCE' as const, hides: [m.resourceType] })),
  { key: 'iam:project', assetTypes: [PROJECT_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.resourcemanager.project'] },
  // Folder and organization IAM policies: bindings and audit configs set there apply to every project below.
  { key: 'iam:ancestors', assetTypes: [ORGANIZATION_ASSET, FOLDER_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.resourcemanager.project'] },
  { key: 'scc', assetTypes: [SCC_SERVICE_ASSET], contentType: 'RESOURCE', hides: ['gcp.resourcemanager.project'] },
  { key: 'iam:bucket', assetTypes: [BUCKET_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.storage.bucket'] },
  { key: 'iam:dataset', assetTypes: [DATASET_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.bigquery.dataset'] },
  { key: 'iam:kms-key', assetTypes: [KMS_KEY_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.kms.crypto-key'] },
  { key: 'iam:kms-key-ring', assetTypes: [KMS_KEY_RING_ASSET], contentType: 'IAM_POLICY', hides: ['gcp.kms.key-ring'] },
  { key: 'sa-keys', assetTypes: [SERVICE_ACCOUNT_KEY_ASSET], contentType: 'RESOURCE', hides: ['gcp.iam.service-account'] },
  { key: 'org-policy', assetTypes: [ORGANIZATION_ASSET, FOLDER_ASSET, PROJECT_ASSET], contentType: 'ORG_POLICY', hides: ['gcp.orgpolicy.policy', 'gcp.resourcemanager.project'] },
  { key: 'services', assetTypes: [SERVICE_ASSET], contentType: 'RESOURCE', hides: ['gcp.resourcemanager.project'] },
  { key: 'compute-project', assetTypes: [COMPUTE_PROJECT_ASSET], contentType: 'RESOURCE', hides: ['gcp.resourcemanager.project'] },
];
/** Error codes of a Cloud Asset Inventory that never answered (as opposed to one that refused). */
const UNANSWERED = new Set(['DEADLINE_EXCEEDED', 'UNAVAILABLE']);
const PROJECTS_SPEC: ListSpec = { key: 'resource:project', assetTypes: [PROJECT_ASSET], contentType: 'RESOURCE', hides: ['gcp.resourcemanager.project'] };

/** Every CAI asset type the collector reads, for docs and the call-log test. */
export const GCP_ASSET_TYPES: readonly string[] = [...new Set([PROJECTS_SPEC, ...SPECS].flatMap((s) => s.assetTypes))].sort();

export function scopeParents(scope: GcpScope): string[] {
  return [
    ...(scope.organization ? [`organizations/${scope.organization}`] : []),
    ...(scope.folder ? [`folders/${scope.folder}`] : []),
    ...(scope.projects ?? []).map((p) => `projects/${p}`),
  ];
}

interface Listing {
  readonly parent: string;
  readonly spec: ListSpec;
  readonly assets: Asset[];
  readonly error: ListAssetsError | undefined;
}

/**
 * A Cloud Asset Inventory collector: ListAssets per parent and asset type (RESOURCE, IAM_POLICY,
 * ORG_POLICY content), mapped into the canonical model. The client is created per collect().
 */
export function createGcpCollector(scope: GcpScope, options: GcpCollectorOptions = {}): Collector {
  const parents = scopeParents(scope);
  if (parents.length === 0) throw new Error('GCP scope needs --project, --folder or --organization');
  const identities: string[] = [];
  return {
    name: 'gcp',
    async authenticate(signal?: AbortSignal): Promise<void> {
      // A loopback testing endpoint (--gcp-endpoint) brings its own credentials, insecure gRPC or a
      // placeholder-token REST client: there is nothing to resolve.
      if (options.clientOptions?.sslCreds || options.clientOptions?.authClient) return;
      const client = new v1.AssetServiceClient(options.clientOptions ?? {});
      try {
        const auth = await client.auth.getClient();
        signal?.throwIfAborted();
        const { token } = await auth.getAccessToken();
        if (!token) throw new Error('the credentials yielded no access token');
      } catch (err) {
        if (signal?.aborted) throw err;
        const message = ((err as Error).message.split('\n')[0] ?? '').slice(0, 300);
        throw new NoIdentityError('gcp', GCP_CHAIN, message,
          'fix: run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to a service-account key or workload identity federation file');
      } finally {
        await client.close();
      }
    },
    async *collect(ctx: CollectContext): AsyncIterable<CollectEvent> {
      // Work unit: the project. A project-only scope lists just this shard's projects; a folder or
      // organization must be listed whole to discover its projects, then the shard keeps its own.
      const projectsOnly = !scope.folder && !scope.organization;
      const mine = projectsOnly && ctx.shard ? selectShard(parents, (p) => p, ctx.shard) : parents;
      if (mine.length === 0) return;
      const client = new v1.AssetServiceClient(options.clientOptions ?? {});
      try {
        const all = await collectAll(client, mine, options, ctx);
        const events = projectsOnly ? all : keepOwned(all, (e) => `gcp/${(e.kind === 'resource' ? e.resource.account : e.gap.account) ?? '-'}`, ctx.shard);
        // The ADC principal for the run metadata; stand-in endpoints (client options given) carry none.
        if (!options.clientOptions) {
          const email = await client.auth.getCredentials().then((c) => c.client_email, () => undefined);
          if (email && !identities.includes(email)) identities.push(email);
        }
        yield* events;
      } finally {
        await client.close();
      }
    },
    identities: () => [...identities].sort(),
  };
}

async function collectAll(client: v1.AssetServiceClient, parents: readonly string[], options: GcpCollectorOptions, ctx: CollectContext): Promise<CollectEvent[]> {
  const listOpts = {
    pageSize: options.pageSize ?? 500,
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    signal: ctx.signal,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  };
  const limit = pLimit(options.concurrency ?? 8);
  const run = (parent: string, spec: ListSpec) =>
    limit(async (): Promise<Listing> => {
      const assets: Asset[] = [];
      try {
        for await (const page of listAssetPages(client, parent, spec.assetTypes, spec.contentType, listOpts)) pushAll(assets, page);
        return { parent, spec, assets, error: undefined };
      } catch (err) {
        // Past the --timeout deadline, an unread listing is a timeout gap, whatever the client said.
        const error = abortedByDeadline(ctx.signal) ? new ListAssetsError('CANCELLED', 'timeout', DEADLINE_GAP_MESSAGE) : classify(err);
        ctx.log(`gcp: ListAssets ${parent} ${spec.assetTypes.join(',')} ${spec.contentType} failed: ${error.code}`);
        return { parent, spec, assets, error };
      }
    });

  // Projects first: they map the project numbers in `ancestors` to the ids used as accounts.
  const projectListings = await Promise.all(parents.map((p) => run(p, PROJECTS_SPEC)));
  const projects = new Map<string, { asset: Asset; data: JsonObject }>();
  for (const l of projectListings) for (const a of l.assets) projects.set(a.name ?? '', { asset: a, data: structToJson(a.resource?.data) ?? {} });
  const idByNumber = new Map<string, string>();
  for (const { data } of projects.values()) {
    const number = str(data.projectNumber);
    const id = str(data.projectId);
    if (number && id) idByNumber.set(number, id);
  }
  // Cloud Asset Inventory that answered no projects listing at all (every attempt timed out or found
  // no server) is not asked the other ~40 listings: each would wait out the same retries, about
  // 40 minutes against an endpoint that takes the connection and never answers.
  const silent = projectListings.every((l) => l.error && UNANSWERED.has(l.error.code)) ? projectListings[0]?.error : undefined;
  const listing = (parent: string, spec: ListSpec): Promise<Listing> =>
    silent ? Promise.resolve({ parent, spec, assets: [], error: new ListAssetsError(silent.code, silent.reason, `not attempted: Cloud Asset Inventory did not answer the projects listing (${silent.code})`) }) : run(parent, spec);
  const listings = [...projectListings, ...(await Promise.all(parents.flatMap((p) => SPECS.map((s) => listing(p, s)))))];
  ctx.log(`gcp: ${listings.length} ListAssets streams, ${listings.filter((l) => l.error).length} failed`);

  const accountOf = (asset: Asset): string | undefined => {
    const own = asset.ancestors?.[0];
    const number = own?.startsWith('projects/') ? own.slice('projects/'.length) : undefined;
    if (number && idByNumber.has(number)) return idByNumber.get(number);
    return /\/projects\/([^/]+)\//.exec(asset.name ?? '')?.[1] ?? number;
  };
  const projectIdOfParent = (parent: string) => (parent.startsWith('projects/') ? (idByNumber.get(parent.slice(9)) ?? parent.slice(9)) : undefined);
  /** A listing covers a project when its parent is the project (by id or number) or one of its ancestors. */
  const ok = (key: string, ancestors: readonly string[], projectId: string | undefined) =>
    listings.some((l) => l.spec.key === key && !l.error && (ancestors.includes(l.parent) || l.parent === `projects/${projectId ?? ''}`));

  const events: CollectEvent[] = [];
  const gaps: CoverageGap[] = [];
  for (const l of listings) {
    if (!l.error) continue;
    gaps.push({
      provider: 'gcp', service: 'cloudasset', operation: 'ListAssets', account: projectIdOfParent(l.parent), region: undefined,
      resourceTypes: [...l.spec.hides], reason: l.error.reason, errorCode: l.error.code,
      message: `${l.parent} ${l.spec.assetTypes.join(',')} (${l.spec.contentType}): ${l.error.message}`,
    });
  }

  const resources = new Map<string, Resource>();
  const source = { kind: 'live', api: 'cloudasset:ListAssets' } as const;
  const byKey = (key: string) => listings.filter((l) => l.spec.key === key).flatMap((l) => l.assets);

  // Bucket, dataset and KMS IAM policies join onto their resources; a failed IAM listing leaves iamBindings undefined.
  const policiesOf = (key: string) => new Map(byKey(key).map((a) => [a.name ?? '', iamOf(a).bindings]));
  const iamJoins: Partial<Record<ResourceType, { key: string; policies: Map<string, IamBinding[]> }>> = {
    'gcp.storage.bucket': { key: 'iam:bucket', policies: policiesOf('iam:bucket') },
    'gcp.bigquery.dataset': { key: 'iam:dataset', policies: policiesOf('iam:dataset') },
    'gcp.kms.crypto-key': { key: 'iam:kms-key', policies: policiesOf('iam:kms-key') },
    'gcp.kms.key-ring': { key: 'iam:kms-key-ring', policies: policiesOf('iam:kms-key-ring') },
  };
  const keysByAccount = serviceAccountKeys(byKey('sa-keys'));
  for (const m of ASSET_MAPPERS) {
    for (const asset of byKey(`resource:${m.assetType}`)) {
      const r = toResource(m, asset, accountOf(asset), source);
      if (!r) continue;
      const join = iamJoins[r.type];
      if (join) {
        const known = ok(join.key, asset.ancestors ?? [], accountOf(asset));
        resources.set(r.id, { ...r, config: { ...r.config, iamBindings: known ? (join.policies.get(r.id) ?? []) : undefined } });
      } else if (r.type === 'gcp.iam.service-account') {
        // Keys are listed separately; a failed key listing leaves them unknown.
        const sa = r.config as Resource<'gcp.iam.service-account'>['config'];
        const known = ok('sa-keys', asset.ancestors ?? [], accountOf(asset));
        const keys = [sa.email, sa.uniqueId].flatMap((k) => (k ? (keysByAccount.get(k) ?? []) : []));
        resources.set(r.id, { ...r, config: { ...sa, keys: known ? keys : undefined } });
      } else resources.set(r.id, r);
    }
  }

  // Org policies: one resource per (node, constraint), and the effective view per project.
  const policiesByNode = new Map<string, OrgpolicyPolicyConfig[]>();
  for (const asset of byKey('org-policy')) {
    const list = orgPoliciesOf(asset);
    policiesByNode.set(containerName(asset.name ?? ''), list);
    for (const p of list) {
      const id = `//orgpolicy.googleapis.com/${p.attachedTo}/policies/${p.constraint.replace(/^constraints\//, '')}`;
      resources.set(id, { provider: 'gcp', type: 'gcp.orgpolicy.policy', id, name: p.constraint, account: p.attachedTo.startsWith('projects/') ? accountOf(asset) : undefined, region: 'global', tags: {}, config: p, source });
    }
  }

  const projectIam = new Map(byKey('iam:project').map((a) => [a.name ?? '', iamOf(a)]));
  const services = new Map<string, string[]>();
  for (const a of byKey('services')) {
    const d = structToJson(a.resource?.data) ?? {};
    const project = a.ancestors?.[0] ?? '';
    if (str(d.state) !== 'ENABLED') continue;
    const list = services.get(project) ?? [];
    list.push(lastSegment(str(d.name) ?? a.name ?? ''));
    services.set(project, list);
  }
  const computeMeta = new Map<string, Record<string, string>>();
  for (const a of byKey('compute-project')) {
    const d = structToJson(a.resource?.data) ?? {};
    const items: Record<string, string> = {};
    for (const it of Array.isArray(obj(d.commonInstanceMetadata).items) ? (obj(d.commonInstanceMetadata).items as JsonObject[]) : []) {
      const key = str(obj(it).key);
      if (key) setOwn(items, key, str(obj(it).value) ?? '');
    }
    computeMeta.set(a.ancestors?.[0] ?? '', items);
  }
  const orgScopeTops = new Set(listings.filter((l) => l.spec.key === 'org-policy' && !l.error).map((l) => l.parent));
  const containerIam = new Map(byKey('iam:ancestors').map((a) => [containerName(a.name ?? ''), iamOf(a)]));
  /** Every folder and organization above the project had its IAM policy listed (by a listing at or above it). */
  const ancestorIam = (ancestors: readonly string[]): ResourcemanagerProjectConfig['ancestorIamPolicies'] => {
    const above = ancestors.slice(1);
    // A listing under the project itself never returns folder or organization policies: it does not count here.
    if (!above.every((_, i) => ok('iam:ancestors', ancestors.slice(i + 1), undefined))) return undefined;
    return above.map((node) => ({ node, bindings: containerIam.get(node)?.bindings ?? [], auditConfigs: containerIam.get(node)?.auditConfigs ?? [] }));
  };
  /** Security Command Center service settings by `service|node` (`security-health-analytics|projects/123`). */
  const sccServices = new Map<string, { state: string; setOn: string }>();
  for (const a of byKey('scc')) {
    const d = structToJson(a.resource?.data) ?? {};
    const node = a.ancestors?.[0];
    const state = str(d.effectiveEnablementState);
    if (node && state) sccServices.set(`${lastSegment(str(d.name) ?? a.name ?? '')}|${node}`, { state, setOn: node });
  }
  /** The project's own service setting decides; without one, the nearest ancestor's (organization-level activation). */
  const sccService = (service: string, ancestors: readonly string[], projectId: string): ResourcemanagerProjectConfig['securityHealthAnalytics'] => {
    const found = ancestors.map((n) => sccServices.get(`${service}|${n}`)).find((x) => x !== undefined);
    if (found) return found;
    return ok('scc', ancestors, projectId) ? null : undefined;
  };
  const sinkKey = `resource:${LOGGING_SINK_MAPPER.assetType}`;
  /** Aggregated sinks on the folders and organization above, when every one of them had its sinks listed. */
  const aggregated = new Map<string, InheritedSink[]>();
  for (const r of resources.values()) {
    if (r.type !== 'gcp.logging.sink') continue;
    const c = r.config as Resource<'gcp.logging.sink'>['config'];
    if (!c.owner || c.owner.startsWith('projects/') || !c.includeChildren) continue;
    aggregated.set(c.owner, [...(aggregated.get(c.owner) ?? []), { id: r.id, ...c }]);
  }
  const inheritedSinks = (ancestors: readonly string[]): ResourcemanagerProjectConfig['inheritedSinks'] => {
    const above = ancestors.slice(1);
    if (!above.every((_, i) => ok(sinkKey, ancestors.slice(i + 1), undefined))) return undefined;
    return above.flatMap((node) => aggregated.get(node) ?? []);
  };

  for (const [name, { asset, data }] of projects) {
    const self = containerName(name);
    const ancestors = asset.ancestors?.length ? [...asset.ancestors] : [self];
    const projectId = str(data.projectId) ?? lastSegment(name);
    const iam = projectIam.get(name);
    const iamKnown = ok('iam:project', ancestors, projectId);
    const orgKnown = ok('org-policy', ancestors, projectId);
    const top = ancestors[ancestors.length - 1] ?? self;
    const config: ResourcemanagerProjectConfig = {
      projectNumber: str(data.projectNumber),
      lifecycleState: str(data.lifecycleState),
      ancestors,
      iamBindings: iamKnown ? (iam?.bindings ?? []) : undefined,
      auditConfigs: iamKnown ? (iam?.auditConfigs ?? []) : undefined,
      ancestorIamPolicies: ancestorIam(ancestors),
      enabledServices: ok('services', ancestors, projectId) ? [...(services.get(self) ?? [])].sort() : undefined,
      computeMetadata: ok('compute-project', ancestors, projectId) ? (computeMeta.get(self) ?? null) : undefined,
      vmOsLoginOverrides: ok(`resource:${COMPUTE_INSTANCE_MAPPER.assetType}`, ancestors, projectId) ? osLoginOverrides(resources.values(), projectId) : undefined,
      securityHealthAnalytics: sccService('security-health-analytics', ancestors, projectId),
      vmThreatDetection: sccService('vm-threat-detection', ancestors, projectId),
      inheritedSinks: inheritedSinks(ancestors),
      orgPolicyConstraints: orgKnown ? effectiveConstraints(ancestors, policiesByNode) : undefined,
      // An ancestor's policy is visible only when the listing's parent sits at the top of the hierarchy.
      orgPolicyAncestorsVisible: orgKnown && (ancestors.length === 1 || orgScopeTops.has(top)),
    };
    resources.set(name, { provider: 'gcp', type: 'gcp.resourcemanager.project', id: name, name: projectId, account: projectId, region: asset.resource?.location || 'global', tags: labels(data.labels), config, source });
  }

  for (const [, resource] of [...resources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) events.push({ kind: 'resource', resource });
  for (const gap of gaps.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0))) events.push({ kind: 'gap', gap });
  return events;
}

/** A project's VMs whose instance metadata sets the OS Login keys (which override the project's). */
function osLoginOverrides(resources: Iterable<Resource>, projectId: string): VmOsLoginOverride[] {
  const out: VmOsLoginOverride[] = [];
  for (const r of resources) {
    if (r.type !== 'gcp.compute.instance' || r.account !== projectId) continue;
    const meta = (r.config as Resource<'gcp.compute.instance'>['config']).metadata ?? {};
    const enableOsLogin = meta['enable-oslogin'] ?? null;
    const enableOsLogin2fa = meta['enable-oslogin-2fa'] ?? null;
    if (enableOsLogin !== null || enableOsLogin2fa !== null) out.push({ instance: r.id, enableOsLogin, enableOsLogin2fa });
  }
  return out.sort((a, b) => (a.instance < b.instance ? -1 : a.instance > b.instance ? 1 : 0));
}

/** User-managed and system-managed keys by the service account segment of their name (its e-mail or unique id). */
function serviceAccountKeys(assets: readonly Asset[]): Map<string, ServiceAccountKeySummary[]> {
  const out = new Map<string, ServiceAccountKeySummary[]>();
  for (const a of assets) {
    const name = a.name ?? '';
    const account = /\/serviceAccounts\/([^/]+)\/keys\//.exec(name)?.[1];
    if (!account) continue;
    const d = structToJson(a.resource?.data) ?? {};
    const list = out.get(account) ?? [];
    list.push({ name, keyType: str(d.keyType), disabled: bool(d.disabled), validBeforeTime: str(d.validBeforeTime) });
    out.set(account, list);
  }
  for (const list of out.values()) list.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return out;
}

function toResource(m: AssetMapper, asset: Asset, account: string | undefined, source: Resource['source']): Resource | undefined {
  const name = asset.name;
  const data = structToJson(asset.resource?.data);
  if (!name || !data) return undefined;
  const { config, tags } = m.map(data, name);
  const ownName = str(data.name);
  const resource: Resource = { provider: 'gcp', type: m.resourceType, id: name, name: lastSegment(ownName ?? name), account, region: asset.resource?.location || undefined, tags, config, source };
  return resource;
}
