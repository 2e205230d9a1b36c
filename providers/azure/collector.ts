import { DefaultAzureCredential } from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import pLimit, { type LimitFunction } from 'p-limit';
import type { CollectContext, CollectEvent, Collector } from '../types.js';
import { selectShard } from '../../src/engine/shard.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Resource, ResourceType } from '../../src/model/resource.js';
import type { EntraTenantConfig, SubscriptionConfig } from '../../src/model/types/azure/index.js';
import { graphBatches, readViaArm } from './inventory.js';
import {
  ACTIVITY_LOG_ALERT_TYPE, activityLogAlert, ARM_MAPPERS, ARM_TYPES, conditionalAccessPolicies, customRoleDefinitions, directoryRoleMembers, defenderPlans, diagnosticSettings, DIAGNOSTICS_API, FLOW_LOG_TYPE, HELPER_TYPES,
  mapperFor, NIC_TYPE, policyAssignments, roleAssignments, roleAssignmentScheduleInstances, securitySettings,
} from './mappers.js';
import { PATCH_ASSESSMENT_ACTION, readPatchAssessments } from './patch-assessment.js';
import { childrenOf, type ArmRecord, type ChildResult, type Joins } from './records.js';
import { ARM_SCOPE, AzureCallError, classify, GRAPH_SCOPE, PUBLIC_CLOUD, RestClient, type AzureEndpoints, type JsonObject, type PipelineSettings } from './rest.js';
import { lower, str } from './values.js';
import { NoIdentityError } from '../no-identity.js';
import { pushAll } from '../../src/lib/arrays.js';

export const SUBSCRIPTIONS_API = '2022-12-01';
export const MANAGEMENT_GROUPS_API = '2020-05-01';
export const PRICINGS_API = '2024-01-01';
export const POLICY_ASSIGNMENTS_API = '2023-04-01';
export const ROLE_ASSIGNMENTS_API = '2022-04-01';
export const ROLE_DEFINITIONS_API = '2022-04-01';
/** PIM schedule instances (Microsoft.Authorization, ARM): read with Reader; they fail without an Entra ID P2 / Governance licence. */
export const ROLE_SCHEDULE_INSTANCES_API = '2020-10-01';
export const SECURITY_SETTINGS_API = '2022-05-01';
/** Microsoft Graph application permission the MFA settings need. */
export const GRAPH_PERMISSION = 'Policy.Read.All';
/** Microsoft Graph application permission the directory role members need. */
const GRAPH_ROLE_PERMISSION = 'RoleManagement.Read.Directory';
/** Global Administrator role template id (the same in every tenant). */
const GLOBAL_ADMIN_ROLE_TEMPLATE = '62e90394-69f5-4237-9190-012177145e10';
const GLOBAL_ADMIN_MEMBERS_PATH = `/v1.0/directoryRoles(roleTemplateId='${GLOBAL_ADMIN_ROLE_TEMPLATE}')/members`;

/** Where to read: explicit subscriptions, every subscription under a management group, or all the identity can see. */
export interface AzureScope {
  readonly subscriptions?: readonly string[];
  readonly managementGroup?: string;
  readonly allSubscriptions?: boolean;
}

export interface AzureCollectorOptions {
  /** Production: DefaultAzureCredential. Tests and the demo: a static token against the simulator. */
  readonly credential?: TokenCredential;
  /** Endpoint overrides for the loopback simulator. */
  readonly endpoints?: AzureEndpoints;
  /** Extra trusted CA (PEM) for the simulator's self-signed certificate. */
  readonly tlsCa?: string;
  /** ARM calls in flight at once (across subscriptions). */
  readonly concurrency?: number;
  readonly retry?: PipelineSettings['retry'];
  readonly timeoutMs?: number;
  /** Skip Resource Graph and read through ARM only (used by tests and the benchmark to compare). */
  readonly armOnly?: boolean;
}

interface SubscriptionInfo {
  readonly subscriptionId: string;
  readonly displayName: string | undefined;
  readonly state: string | undefined;
  readonly tenantId: string | undefined;
}

type Unit =
  | { readonly key: string; readonly kind: 'subscription'; readonly sub: SubscriptionInfo }
  | { readonly key: string; readonly kind: 'tenant'; readonly tenantId: string }
  | { readonly key: string; readonly kind: 'gap'; readonly gap: CoverageGap };

const ALL_TYPES: readonly ResourceType[] = [...new Set<ResourceType>([...ARM_MAPPERS.flatMap((m) => [m.resourceType, ...(m.derives ?? [])]), 'azure.resources.subscription'])].sort();

/**
 * An Azure collector: Resource Graph (or ARM list + getById when Graph is denied) per subscription,
 * the sub-resources and settings the checks need, subscription settings, and the tenant's
 * conditional access and security defaults through Microsoft Graph. Read-only: GETs plus the
 * Resource Graph query POST. Work units: `azure/<subscription>` and `azure/tenant/<tenant>`.
 */
/** DefaultAzureCredential's chain, in its order (for the "no identity" message). */
const AZURE_CHAIN = 'DefaultAzureCredential: environment (service principal), workload identity, managed identity, Azure CLI, Azure PowerShell, Azure Developer CLI';

export function createAzureCollector(scope: AzureScope, options: AzureCollectorOptions = {}): Collector {
  if (!scope.allSubscriptions && !scope.managementGroup && (scope.subscriptions ?? []).length === 0) throw new Error('Azure scope needs --azure, --subscription or --management-group');
  const identities: string[] = [];
  // One credential per collector: authenticate() and collect() share its token cache.
  let shared: TokenCredential | undefined;
  const credentialOf = (): TokenCredential => (shared ??= options.credential ?? new DefaultAzureCredential());
  return {
    name: 'azure',
    async authenticate(signal?: AbortSignal): Promise<void> {
      try {
        const token = await credentialOf().getToken(ARM_SCOPE, signal ? { abortSignal: signal } : {});
        if (!token) throw new Error('the credential returned no token');
      } catch (err) {
        if (signal?.aborted) throw err;
        const e = classify(err);
        throw new NoIdentityError('azure', AZURE_CHAIN, `${e.code}: ${e.message}`,
          'fix: sign in with `az login` (or set AZURE_CLIENT_ID, AZURE_TENANT_ID and a secret or certificate, or run with a managed identity), then check with `az account show`');
      }
    },
    async *collect(ctx: CollectContext): AsyncIterable<CollectEvent> {
      const credential = credentialOf();
      const settings: PipelineSettings = { credential, endpoints: options.endpoints ?? PUBLIC_CLOUD, tlsCa: options.tlsCa, retry: options.retry, timeoutMs: options.timeoutMs };
      const arm = new RestClient(settings.endpoints.arm, ARM_SCOPE, settings, ctx.signal);
      const graph = new RestClient(settings.endpoints.graph, GRAPH_SCOPE, settings, ctx.signal);
      const limit = pLimit(options.concurrency ?? 8);

      const { subs, gaps: scopeGaps } = await resolveSubscriptions(arm, scope, ctx);
      const tenants = [...new Set(subs.flatMap((s) => (s.tenantId ? [s.tenantId] : [])))];
      const units: Unit[] = [
        ...subs.map((sub): Unit => ({ key: `azure/${sub.subscriptionId}`, kind: 'subscription', sub })),
        ...tenants.map((tenantId): Unit => ({ key: `azure/tenant/${tenantId}`, kind: 'tenant', tenantId })),
        // A scope that could not be read is a unit too, so exactly one shard reports its gap.
        ...scopeGaps.map((gap): Unit => ({ key: `azure/${gap.account ?? '*'}/${gap.operation}`, kind: 'gap', gap })),
      ];
      const mine = selectShard(units, (u) => u.key, ctx.shard);
      ctx.log(`azure: ${subs.length} subscription(s), ${tenants.length} tenant(s); collecting ${mine.length} work unit(s)`);
      const viaGraph = graphBatches(arm, mine.flatMap((u) => (u.kind === 'subscription' ? [u.sub.subscriptionId] : [])), ARM_TYPES, limit);
      // All units run at once under the shared call limit; results are yielded in unit order.
      const pending = mine.map((u): Promise<CollectEvent[]> => {
        if (u.kind === 'subscription') return collectSubscription(u.sub, { arm, settings, limit, ctx, graph: options.armOnly ? undefined : viaGraph });
        if (u.kind === 'tenant') return collectTenant(u.tenantId, graph, ctx);
        return Promise.resolve([{ kind: 'gap', gap: u.gap }]);
      });
      for (const p of pending) yield* await p;
      if (!options.credential) {
        const oid = await objectIdOf(credential);
        if (oid && !identities.includes(oid)) identities.push(oid);
      }
    },
    identities: () => [...identities].sort(),
  };
}

async function resolveSubscriptions(arm: RestClient, scope: AzureScope, ctx: CollectContext): Promise<{ subs: SubscriptionInfo[]; gaps: CoverageGap[] }> {
  const gaps: CoverageGap[] = [];
  const infoOf = (o: JsonObject): SubscriptionInfo => ({ subscriptionId: str(o.subscriptionId) ?? '', displayName: str(o.displayName) ?? undefined, state: str(o.state) ?? undefined, tenantId: str(o.tenantId) ?? undefined });
  const byId = new Map<string, SubscriptionInfo>();
  const scopeGap = (operation: string, account: string | undefined, e: AzureCallError, what: string): CoverageGap => ({
    provider: 'azure', service: 'Microsoft.Resources', operation, account, region: undefined, resourceTypes: [...ALL_TYPES], reason: e.reason, errorCode: e.code, message: `${what}: ${e.message}`,
  });
  if (scope.allSubscriptions) {
    try {
      for (const s of await arm.list('/subscriptions', SUBSCRIPTIONS_API)) byId.set(lower(str(s.subscriptionId) ?? ''), infoOf(s));
    } catch (err) {
      gaps.push(scopeGap('Microsoft.Resources/subscriptions/read', undefined, classify(err), 'listing subscriptions'));
    }
  }
  const explicit = [...(scope.subscriptions ?? [])];
  if (scope.managementGroup) {
    try {
      const items = await arm.list(`/providers/Microsoft.Management/managementGroups/${encodeURIComponent(scope.managementGroup)}/descendants`, MANAGEMENT_GROUPS_API);
      pushAll(explicit, items.filter((i) => (str(i.type) ?? '').toLowerCase().endsWith('/subscriptions')).flatMap((i) => str(i.name) ?? []));
    } catch (err) {
      gaps.push(scopeGap('Microsoft.Management/managementGroups/descendants/read', undefined, classify(err), `management group ${scope.managementGroup}`));
    }
  }
  for (const id of [...new Set(explicit.map(lower))].sort()) {
    if (byId.has(id)) continue;
    try {
      byId.set(id, infoOf(await arm.get(`/subscriptions/${id}`, SUBSCRIPTIONS_API)));
    } catch (err) {
      const e = classify(err);
      ctx.log(`azure: subscription ${id}: ${e.code}`);
      gaps.push(scopeGap('Microsoft.Resources/subscriptions/read', id, e, `subscription ${id}`));
    }
  }
  return { subs: [...byId.values()].filter((s) => s.subscriptionId).sort((a, b) => (a.subscriptionId < b.subscriptionId ? -1 : 1)), gaps };
}

interface SubscriptionDeps {
  readonly arm: RestClient;
  readonly settings: PipelineSettings;
  readonly limit: LimitFunction;
  readonly ctx: CollectContext;
  /** Resource Graph rows of a subscription (batched across subscriptions); undefined = ARM only. */
  readonly graph: ((subscriptionId: string) => Promise<ArmRecord[]>) | undefined;
}

/** Failed calls of one kind in one subscription, folded into one gap. */
class GapBook {
  private readonly byKey = new Map<string, { gap: Omit<CoverageGap, 'message'>; detail: string; count: number; types: Set<ResourceType> }>();
  constructor(private readonly account: string) {}

  add(service: string, operation: string, types: readonly ResourceType[], e: AzureCallError, target: string): void {
    const key = `${operation}|${e.code}`;
    const entry = this.byKey.get(key) ?? { gap: { provider: 'azure', service, operation, account: this.account, region: undefined, resourceTypes: [], reason: e.reason, errorCode: e.code }, detail: `${target}: ${e.message}`, count: 0, types: new Set<ResourceType>() };
    entry.count++;
    for (const t of types) entry.types.add(t);
    this.byKey.set(key, entry);
  }

  gaps(): CoverageGap[] {
    return [...this.byKey.values()].map((e) => ({ ...e.gap, resourceTypes: [...e.types].sort(), message: e.count > 1 ? `${e.count} calls failed, e.g. ${e.detail}` : e.detail }));
  }
}

const namespaceOf = (action: string): string => action.split('/')[0] ?? action;

async function collectSubscription(sub: SubscriptionInfo, deps: SubscriptionDeps): Promise<CollectEvent[]> {
  const { arm, settings, limit, ctx } = deps;
  const account = sub.subscriptionId;
  const book = new GapBook(account);
  let records: ArmRecord[] = [];
  /** ARM types whose listing failed entirely (their joins are unknown). */
  const unknownTypes = new Set<string>();

  let viaGraph = false;
  if (deps.graph) {
    try {
      records = await deps.graph(account);
      viaGraph = true;
    } catch (err) {
      const e = classify(err);
      ctx.log(`azure: Resource Graph in ${account} unavailable (${e.code}); falling back to ARM resources list + getById`);
    }
  }
  if (!viaGraph) {
    const versions = new Map([...ARM_MAPPERS, ...HELPER_TYPES].map((m) => [lower(m.armType), m.apiVersion]));
    const result = await readViaArm(settings.credential, settings, account, versions, limit, ctx.signal, ctx.log);
    if (result.listError) {
      book.add('Microsoft.Resources', 'Microsoft.Resources/subscriptions/resources/read', ALL_TYPES.filter((t) => t !== 'azure.resources.subscription'), result.listError, `resources in ${account}`);
      for (const t of ARM_TYPES) unknownTypes.add(lower(t));
    }
    for (const f of result.failures) {
      const m = mapperFor(f.armType);
      const helper = HELPER_TYPES.find((h) => lower(h.armType) === lower(f.armType));
      // A resource of this type went unread: anything joined from the type's records is incomplete.
      unknownTypes.add(lower(f.armType));
      book.add(namespaceOf(f.armType), `${f.armType}/read`, m ? [m.resourceType, ...(m.derives ?? [])] : (helper?.hides ?? []), f.error, f.id);
    }
    records = result.records;
  }
  records.sort((a, b) => (lower(a.id) < lower(b.id) ? -1 : lower(a.id) > lower(b.id) ? 1 : 0));

  // Sub-resources and settings, per resource, under the shared limit.
  const childResults = new Map<string, Map<string, ChildResult>>();
  const jobs: Promise<void>[] = [];
  for (const r of records) {
    const m = mapperFor(r.type);
    if (!m?.children) continue;
    const results = new Map<string, ChildResult>();
    childResults.set(r.id, results);
    for (const spec of m.children) {
      if (spec.when && !spec.when(r)) {
        results.set(spec.key, { ok: true, value: null });
        continue;
      }
      jobs.push(limit(async () => {
        const path = `${r.id}/${spec.path}`;
        try {
          results.set(spec.key, { ok: true, value: spec.list ? await arm.list(path, spec.apiVersion) : await arm.get(path, spec.apiVersion) });
        } catch (err) {
          const e = classify(err);
          if (spec.notFoundIsAbsent && e.status === 404) results.set(spec.key, { ok: true, value: null });
          else {
            results.set(spec.key, { ok: false, error: e });
            const hides: ResourceType[] = [m.resourceType, ...(spec.derives ?? [])];
            book.add(namespaceOf(spec.action), spec.action, hides, e, path);
          }
        }
      }));
    }
  }
  const byTypeEarly = (t: string) => (unknownTypes.has(lower(t)) ? undefined : records.filter((r) => lower(r.type) === lower(t)));
  const subSettings = collectSubscriptionSettings(sub, arm, limit, book, byTypeEarly(ACTIVITY_LOG_ALERT_TYPE));
  // Update Manager results live only in Resource Graph (the ARM alternative is a POST that starts an assessment).
  const vmType = 'microsoft.compute/virtualmachines';
  const patches = records.some((r) => lower(r.type) === vmType)
    ? limit(async () => {
      try {
        return await readPatchAssessments(arm, account);
      } catch (err) {
        book.add('Microsoft.ResourceGraph', PATCH_ASSESSMENT_ACTION, ['azure.compute.virtual-machine'], classify(err), `patchassessmentresources in ${account}`);
        return undefined;
      }
    })
    : Promise.resolve(new Map());
  await Promise.all(jobs);

  const byType = (t: string) => records.filter((r) => lower(r.type) === lower(t));
  const rsvFailed = records.some((r) => lower(r.type) === 'microsoft.recoveryservices/vaults' && childResults.get(r.id)?.get('protectedItems')?.ok === false) || unknownTypes.has('microsoft.recoveryservices/vaults');
  const joins: Joins = {
    nics: unknownTypes.has(lower(NIC_TYPE)) ? undefined : new Map(byType(NIC_TYPE).map((n) => [lower(n.id), n])),
    flowLogs: unknownTypes.has(lower(FLOW_LOG_TYPE)) ? undefined : byType(FLOW_LOG_TYPE),
    protectedSourceIds: rsvFailed ? undefined : new Set(records.filter((r) => lower(r.type) === 'microsoft.recoveryservices/vaults').flatMap((r) => {
      const items = childrenOf(childResults.get(r.id) ?? new Map()).list('protectedItems') ?? [];
      return items.flatMap((i) => {
        const src = str((i.properties as JsonObject | undefined)?.sourceResourceId);
        return src ? [lower(src)] : [];
      });
    })),
    patchAssessments: await patches,
  };

  const api = viaGraph ? 'resourcegraph:resources' : 'arm:resources/getById';
  const resources = new Map<string, Resource>();
  for (const r of records) {
    const m = mapperFor(r.type);
    if (!m) continue;
    const children = childrenOf(childResults.get(r.id) ?? new Map());
    const resource = { provider: 'azure', type: m.resourceType, id: r.id, name: r.name, account, region: r.location ?? undefined, tags: r.tags, config: m.map(r, children, joins), source: { kind: 'live', api } } as Resource;
    resources.set(lower(r.id), resource);
    for (const d of m.derive?.(r, children) ?? []) {
      resources.set(lower(d.id), { provider: 'azure', type: d.resourceType, id: d.id, name: d.name, account, region: r.location ?? undefined, tags: d.tags, config: d.config, source: { kind: 'live', api: d.api } });
    }
  }
  const subResource = await subSettings;
  resources.set(lower(subResource.id), subResource);

  const events: CollectEvent[] = [...resources.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, resource]) => ({ kind: 'resource', resource }));
  for (const gap of book.gaps().sort((a, b) => (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0))) events.push({ kind: 'gap', gap });
  ctx.log(`azure: ${account}: ${resources.size} resources via ${viaGraph ? 'Resource Graph' : 'ARM'}, ${book.gaps().length} gap(s)`);
  return events;
}

async function collectSubscriptionSettings(sub: SubscriptionInfo, arm: RestClient, limit: LimitFunction, book: GapBook, alerts: readonly ArmRecord[] | undefined): Promise<Resource<'azure.resources.subscription'>> {
  const base = `/subscriptions/${sub.subscriptionId}`;
  const read = <T>(action: string, path: string, apiVersion: string, map: (items: JsonObject[]) => T): Promise<T | undefined> =>
    limit(async () => {
      try {
        return map(await arm.list(path, apiVersion));
      } catch (err) {
        book.add(namespaceOf(action), action, ['azure.resources.subscription'], classify(err), path);
        return undefined;
      }
    });
  const authz = `${base}/providers/Microsoft.Authorization`;
  const [defender, activityLog, policies, assignments, customRoles, scheduleInstances, security] = await Promise.all([
    read('Microsoft.Security/pricings/read', `${base}/providers/Microsoft.Security/pricings`, PRICINGS_API, defenderPlans),
    read('Microsoft.Insights/diagnosticSettings/read', `${base}/providers/Microsoft.Insights/diagnosticSettings`, DIAGNOSTICS_API, (l) => diagnosticSettings(l) ?? []),
    read('Microsoft.Authorization/policyAssignments/read', `${authz}/policyAssignments?$filter=atScope()`, POLICY_ASSIGNMENTS_API, policyAssignments),
    read('Microsoft.Authorization/roleAssignments/read', `${authz}/roleAssignments?$filter=atScope()`, ROLE_ASSIGNMENTS_API, roleAssignments),
    read('Microsoft.Authorization/roleDefinitions/read', `${authz}/roleDefinitions?$filter=type eq 'CustomRole'`, ROLE_DEFINITIONS_API, customRoleDefinitions),
    read('Microsoft.Authorization/roleAssignmentScheduleInstances/read', `${authz}/roleAssignmentScheduleInstances?$filter=atScope()`, ROLE_SCHEDULE_INSTANCES_API, roleAssignmentScheduleInstances),
    read('Microsoft.Security/settings/read', `${base}/providers/Microsoft.Security/settings`, SECURITY_SETTINGS_API, securitySettings),
  ]);
  const config: SubscriptionConfig = {
    displayName: sub.displayName, state: sub.state, tenantId: sub.tenantId,
    defenderPlans: defender, activityLogDiagnosticSettings: activityLog, policyAssignments: policies,
    activityLogAlerts: alerts?.map(activityLogAlert).sort((a, b) => (lower(a.id) < lower(b.id) ? -1 : lower(a.id) > lower(b.id) ? 1 : 0)),
    roleAssignments: assignments, customRoleDefinitions: customRoles, roleAssignmentScheduleInstances: scheduleInstances, securitySettings: security,
  };
  return { provider: 'azure', type: 'azure.resources.subscription', id: base, name: sub.displayName ?? sub.subscriptionId, account: sub.subscriptionId, region: 'global', tags: undefined, config, source: { kind: 'live', api: 'arm:subscriptions' } };
}

/**
 * Conditional access and security defaults (needs Policy.Read.All) and the Global Administrator
 * role members (needs RoleManagement.Read.Directory) through Microsoft Graph.
 */
async function collectTenant(tenantId: string, graph: RestClient, ctx: CollectContext): Promise<CollectEvent[]> {
  const gaps: CoverageGap[] = [];
  const read = async <T>(path: string, fn: () => Promise<T>, permission = GRAPH_PERMISSION, purpose = 'read MFA policies'): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      const e = classify(err);
      ctx.log(`azure: Microsoft Graph ${path} failed (${e.code})`);
      gaps.push({
        provider: 'azure', service: 'Microsoft.Graph', operation: `${permission}: GET ${path}`, account: tenantId, region: undefined, resourceTypes: ['azure.entra.tenant'], reason: e.reason, errorCode: e.code,
        message: `${e.message}${e.reason === 'access-denied' ? ` (grant the Microsoft Graph application permission ${permission} to ${purpose})` : ''}`,
      });
      return undefined;
    }
  };
  const securityDefaults = await read('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', async () => {
    const body = await graph.get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy');
    return typeof body.isEnabled === 'boolean' ? body.isEnabled : undefined;
  });
  const policies = await read('/v1.0/identity/conditionalAccess/policies', async () => conditionalAccessPolicies(await graph.list('/v1.0/identity/conditionalAccess/policies')));
  const globalAdministrators = await read(GLOBAL_ADMIN_MEMBERS_PATH, async () => directoryRoleMembers(await graph.list(GLOBAL_ADMIN_MEMBERS_PATH)), GRAPH_ROLE_PERMISSION, 'count Global Administrators');
  const config: EntraTenantConfig = { securityDefaultsEnabled: securityDefaults, conditionalAccessPolicies: policies, globalAdministrators };
  const resource: Resource<'azure.entra.tenant'> = { provider: 'azure', type: 'azure.entra.tenant', id: `/tenants/${tenantId}`, name: tenantId, account: tenantId, region: 'global', tags: undefined, config, source: { kind: 'live', api: 'graph:policies' } };
  return [{ kind: 'resource', resource }, ...gaps.map((gap): CollectEvent => ({ kind: 'gap', gap }))];
}

/** The signed-in principal's object id from an ARM access token (JWT `oid` claim), for the run metadata. */
async function objectIdOf(credential: TokenCredential): Promise<string | undefined> {
  try {
    const token = await credential.getToken(ARM_SCOPE);
    const payload = token?.token.split('.')[1];
    if (!payload) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { oid?: unknown };
    return typeof claims.oid === 'string' ? claims.oid : undefined;
  } catch {
    return undefined;
  }
}

/** Every ARM RBAC action and Graph call the collector may make, for docs and the call-log test. */
export const AZURE_READ_OPERATIONS: readonly string[] = [...new Set([
  'Microsoft.Resources/subscriptions/read',
  'Microsoft.Resources/subscriptions/resources/read',
  'Microsoft.Resources/subscriptions/providers/read',
  'Microsoft.Management/managementGroups/descendants/read',
  'Microsoft.ResourceGraph/resources/read',
  'Microsoft.Security/pricings/read',
  'Microsoft.Insights/diagnosticSettings/read',
  'Microsoft.Authorization/policyAssignments/read',
  'Microsoft.Authorization/roleAssignments/read',
  'Microsoft.Authorization/roleDefinitions/read',
  'Microsoft.Authorization/roleAssignmentScheduleInstances/read',
  'Microsoft.Security/settings/read',
  ...ARM_TYPES.map((t) => `${t}/read`),
  ...ARM_MAPPERS.flatMap((m) => (m.children ?? []).map((c) => c.action)),
])].sort();

