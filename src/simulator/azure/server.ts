import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphConditionalAccessPolicy } from './graph.js';
import { loopbackCertificate } from './tls.js';
import { tokenBucket } from '../rate-limit.js';
import { serveResources, subscriptionsUnder, type AzureWorld, type Json, type JsonObject, type ServedResource } from './world.js';

export interface AzureFault {
  /** Case-insensitive substring of the request path (`/blobServices/default`, `Microsoft.ResourceGraph`, `/v1.0/identity/`). */
  readonly path: string;
  readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;
  /** ARM / Graph error code; defaults by status (AuthorizationFailed, Authorization_RequestDenied...). */
  readonly code?: string;
  readonly method?: 'GET' | 'POST';
  /** Fail this many times, then succeed; omitted = always. */
  readonly times?: number;
}

export interface AzureSimulatorOptions {
  readonly world: AzureWorld;
  /** Items per page of every list (ARM nextLink, Graph @odata.nextLink, Resource Graph $skipToken cap). */
  readonly pageSize?: number;
  /** Token bucket over all calls: beyond it 429 with Retry-After, like ARM's per-principal read limits. */
  readonly rateLimit?: { readonly capacity: number; readonly refillPerSecond: number };
  /** Delay advertised on a 429. ARM sends whole seconds in `Retry-After`; `retryAfterMs` adds `retry-after-ms` (which the SDK prefers) for fast tests. */
  readonly retryAfterSeconds?: number;
  readonly retryAfterMs?: number;
  readonly faults?: readonly AzureFault[];
  /** Added to every call, in milliseconds. */
  readonly latencyMs?: number;
  /**
   * A hostile or broken endpoint: paging links (ARM `nextLink`, Graph `@odata.nextLink`) point at
   * this origin instead of the simulator's own. A client must never follow them there.
   */
  readonly nextLinkOrigin?: string;
  /** A hostile endpoint: the Resource Graph query is answered with a 307 redirect to this origin. */
  readonly redirectResourceGraphTo?: string;
}

export interface AzureCallLogEntry {
  readonly method: string;
  /** Path without the query string, as sent. */
  readonly path: string;
  readonly apiVersion: string | undefined;
  readonly status: number;
  /** Resource Graph: the KQL query; Graph/ARM paging: the skip token. */
  readonly query?: string;
  readonly skipToken?: string;
}

export interface AzureSimulator {
  /** `https://127.0.0.1:PORT`: the ARM endpoint and the Graph endpoint (paths under `/v1.0/`). */
  readonly endpoint: string;
  readonly port: number;
  /** PEM of the self-signed loopback certificate, for the client pipeline's `tlsOptions.ca`. */
  readonly ca: string;
  readonly calls: readonly AzureCallLogEntry[];
  close(): Promise<void>;
}

/** API versions the simulated providers list advertises per resource type (newest last). */
const DEFAULT_API_VERSIONS = ['2021-04-01', '2022-09-01', '2023-01-01', '2023-05-01', '2024-01-01-preview'];
const RESOURCE_GRAPH_PATH = '/providers/microsoft.resourcegraph/resources';
/** Child lists served empty when the world declares none. */
const LIST_CHILDREN = ['providers/microsoft.insights/diagnosticsettings', 'firewallrules', 'extensions', 'keys', 'secrets', 'backupprotecteditems', 'backuppolicies', 'backupresourceguardproxies', 'replicationprotecteditems'];
/** Subscription-scope lists ARM answers (empty when nothing is configured) when a world does not declare them. */
const SUBSCRIPTION_LISTS = [
  'providers/microsoft.authorization/roleassignments', 'providers/microsoft.authorization/roledefinitions', 'providers/microsoft.authorization/roleassignmentscheduleinstances',
  'providers/microsoft.security/settings',
];

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Start a loopback ARM + Resource Graph + Microsoft Graph server on https://127.0.0.1, port 0. */
export async function startAzureSimulator(options: AzureSimulatorOptions): Promise<AzureSimulator> {
  const { world } = options;
  const resources = serveResources(world);
  const byId = new Map(resources.map((r) => [r.id.toLowerCase(), r]));
  const subs = new Map(world.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s]));
  const calls: AzureCallLogEntry[] = [];
  const faultsLeft = new Map<AzureFault, number>((options.faults ?? []).map((f) => [f, f.times ?? Number.POSITIVE_INFINITY]));
  const bucket = options.rateLimit ? tokenBucket(options.rateLimit.capacity, options.rateLimit.refillPerSecond) : undefined;
  const pageSize = options.pageSize ?? 100;
  const { cert, key } = loopbackCertificate();
  let origin = '';

  const page = (items: readonly Json[], url: URL, graph: boolean): JsonObject => {
    const token = url.searchParams.get(graph ? '$skiptoken' : '$skipToken') ?? url.searchParams.get('$skiptoken');
    const offset = token ? decodeOffset(token) : 0;
    const slice = items.slice(offset, offset + pageSize);
    if (offset + pageSize >= items.length) return { value: slice };
    const next = new URL(url.pathname, options.nextLinkOrigin ?? origin);
    for (const [k, v] of url.searchParams) if (k.toLowerCase() !== '$skiptoken') next.searchParams.set(k, v);
    next.searchParams.set(graph ? '$skiptoken' : '$skipToken', encodeOffset(offset + pageSize));
    return graph ? { value: slice, '@odata.nextLink': next.toString() } : { value: slice, nextLink: next.toString() };
  };

  const subscriptionBody = (s: AzureWorld['subscriptions'][number]): JsonObject => ({
    id: `/subscriptions/${s.subscriptionId}`, subscriptionId: s.subscriptionId, displayName: s.displayName, state: s.state ?? 'Enabled', tenantId: world.tenantId,
  });

  const armGet = (url: URL): JsonObject => {
    const path = url.pathname.replace(/\/+$/, '');
    const lower = path.toLowerCase();
    if (lower === '/subscriptions') return page(world.subscriptions.map(subscriptionBody), url, false);
    const mg = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)\/descendants$/.exec(lower);
    if (mg) {
      const group = (world.managementGroups ?? []).find((g) => g.name.toLowerCase() === mg[1]);
      if (!group) throw new HttpError(403, 'AuthorizationFailed', `The client does not have authorization to perform action 'Microsoft.Management/managementGroups/descendants/read' over scope '${path}'`);
      const items = subscriptionsUnder(world, group.name).map((id) => ({
        id: `/providers/Microsoft.Management/managementGroups/${group.name}/subscriptions/${id}`, type: '/subscriptions', name: id,
        properties: { displayName: subs.get(id.toLowerCase())?.displayName ?? id, parent: { id: `/providers/Microsoft.Management/managementGroups/${group.name}` } },
      }));
      return page(items, url, false);
    }
    const m = /^\/subscriptions\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) throw new HttpError(404, 'NotFound', `No route for ${path}`);
    const sub = subs.get((m[1] ?? '').toLowerCase());
    if (!sub) throw new HttpError(404, 'SubscriptionNotFound', `The subscription '${m[1] ?? ''}' could not be found.`);
    const rest = (m[2] ?? '').toLowerCase();
    const inSub = resources.filter((r) => r.subscriptionId === sub.subscriptionId);
    if (rest === '') return subscriptionBody(sub);
    if (rest === '/resourcegroups') {
      return page(sub.resourceGroups.map((g) => ({ id: `/subscriptions/${sub.subscriptionId}/resourceGroups/${g.name}`, name: g.name, type: 'Microsoft.Resources/resourceGroups', location: g.location, tags: g.tags ?? {}, properties: { provisioningState: 'Succeeded' } })), url, false);
    }
    if (rest === '/resources') {
      // `$filter=resourceType eq 'A' or resourceType eq 'B'` (the only filter form simulated).
      const filter = url.searchParams.get('$filter');
      const types = filter ? new Set([...filter.matchAll(/resourceType eq '([^']+)'/gi)].map((t) => (t[1] ?? '').toLowerCase())) : undefined;
      return page(inSub.filter((r) => !types || types.has(r.world.type.toLowerCase())).map(withoutProperties), url, false);
    }
    if (rest === '/providers') return page(providersList(inSub), url, false);
    for (const [settingPath, body] of Object.entries(sub.settings ?? {})) {
      if (rest === `/${settingPath.toLowerCase()}`) return Array.isArray(body.value) ? page(body.value as Json[], url, false) : body;
    }
    if (SUBSCRIPTION_LISTS.some((l) => rest === `/${l}`)) return { value: [] };
    const exact = byId.get(lower);
    if (exact) return exact.body;
    // A child path of a served resource: declared sub-resource bodies, or a list of child resources.
    for (const r of inSub) {
      const base = r.id.toLowerCase();
      if (!lower.startsWith(`${base}/`)) continue;
      const rel = lower.slice(base.length + 1);
      for (const [childPath, body] of Object.entries(r.world.children ?? {})) {
        if (rel === childPath.toLowerCase()) return Array.isArray(body.value) ? page(body.value as Json[], url, false) : body;
      }
      // Lists ARM always answers for an existing resource, empty when nothing is configured.
      if (LIST_CHILDREN.some((suffix) => rel === suffix || rel.endsWith(`/${suffix}`))) return { value: [] };
      if (!rel.includes('/')) {
        const children = inSub.filter((c) => c.id.toLowerCase().startsWith(`${base}/${rel}/`) && !c.id.slice(base.length + rel.length + 2).includes('/'));
        if (children.length > 0) return page(children.map((c) => c.body), url, false);
      }
    }
    throw new HttpError(404, inSub.some((r) => lower.startsWith(r.id.toLowerCase())) ? 'NotFound' : 'ResourceNotFound', `The Resource '${path}' was not found.`);
  };

  const graphGet = (url: URL): JsonObject => {
    const lower = url.pathname.replace(/\/+$/, '').toLowerCase();
    if (lower === '/v1.0/policies/identitysecuritydefaultsenforcementpolicy') {
      if (!world.graph?.securityDefaults) throw new HttpError(404, 'Request_ResourceNotFound', 'Resource not found.');
      return { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity', ...world.graph.securityDefaults };
    }
    if (lower === '/v1.0/identity/conditionalaccess/policies') return { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies', ...page((world.graph?.conditionalAccessPolicies ?? []).map(graphConditionalAccessPolicy), url, true) };
    const role = /^\/v1\.0\/directoryroles\(roletemplateid='([0-9a-f-]+)'\)\/members$/.exec(decodeURIComponent(lower))?.[1];
    if (role !== undefined) {
      const members = Object.entries(world.graph?.directoryRoleMembers ?? {}).find(([id]) => id.toLowerCase() === role)?.[1];
      if (!members) throw new HttpError(404, 'Request_ResourceNotFound', `Resource '${role}' does not exist or one of its queried reference-property objects are not present.`);
      return { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects', ...page([...members], url, true) };
    }
    throw new HttpError(404, 'Request_ResourceNotFound', `Resource '${url.pathname}' does not exist.`);
  };

  const resourceGraph = (body: JsonObject): JsonObject => {
    const query = typeof body.query === 'string' ? body.query : '';
    const table = /^\s*(resources|patchassessmentresources)\b/i.exec(query)?.[1]?.toLowerCase();
    if (!table) throw new HttpError(400, 'BadRequest', 'Only the Resources and PatchAssessmentResources tables are simulated.');
    const wanted = new Set((Array.isArray(body.subscriptions) ? body.subscriptions : []).map((s) => String(s).toLowerCase()));
    const typeList = /\btype\s+in~\s*\(([^)]*)\)/i.exec(query)?.[1];
    const types = typeList ? new Set([...typeList.matchAll(/'([^']*)'/g)].map((t) => (t[1] ?? '').toLowerCase())) : undefined;
    const rows = table === 'resources'
      ? resources.filter((r) => wanted.has(r.subscriptionId.toLowerCase()) && (!types || types.has(r.world.type.toLowerCase()))).map((r) => graphRow(r, world.tenantId))
      : world.subscriptions.filter((s) => wanted.has(s.subscriptionId.toLowerCase())).flatMap((s) => (s.patchAssessmentResources ?? [])
        .filter((row) => !types || types.has(typeof row.type === 'string' ? row.type.toLowerCase() : ''))
        .map((row): JsonObject => ({ ...row, subscriptionId: s.subscriptionId, tenantId: world.tenantId })))
        .sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
    const opts = (body.options ?? {}) as JsonObject;
    const top = Math.min(typeof opts.$top === 'number' ? opts.$top : 100, 1000, pageSize);
    const offset = typeof opts.$skipToken === 'string' ? decodeOffset(opts.$skipToken) : 0;
    const data = rows.slice(offset, offset + top);
    const out: Record<string, Json> = { totalRecords: rows.length, count: data.length, data, facets: [], resultTruncated: 'false' };
    if (offset + top < rows.length) out.$skipToken = encodeOffset(offset + top);
    return out;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Parse as a path: a leading `//` must not turn into a host. ARM collapses repeated slashes.
    const url = new URL(`${origin}${(req.url ?? '/').replace(/^\/+/, '/')}`);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let parsed: JsonObject = {};
    const entry: { method: string; path: string; apiVersion: string | undefined; query?: string; skipToken?: string } = { method, path: url.pathname, apiVersion: url.searchParams.get('api-version') ?? undefined };
    const skip = url.searchParams.get('$skipToken') ?? url.searchParams.get('$skiptoken');
    if (skip) entry.skipToken = skip;
    let status = 200;
    let body: JsonObject;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': `sim-${calls.length + 1}` };
    try {
      if (method === 'POST') {
        try {
          parsed = JSON.parse(raw || '{}') as JsonObject;
        } catch {
          throw new HttpError(400, 'InvalidJson', 'Request body is not JSON.');
        }
        if (typeof parsed.query === 'string') entry.query = parsed.query;
        const opts = (parsed.options ?? {}) as JsonObject;
        if (typeof opts.$skipToken === 'string') entry.skipToken = opts.$skipToken;
      }
      if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) throw new HttpError(401, 'AuthenticationFailed', 'Authentication failed. The Authorization header is missing.');
      const isResourceGraph = method === 'POST' && url.pathname.toLowerCase() === RESOURCE_GRAPH_PATH;
      if (bucket && !bucket.take()) {
        // Resource Graph announces its quota window only (x-ms-user-quota-resets-after); ARM sends Retry-After.
        const retry = isResourceGraph
          ? { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': `00:00:${String(options.retryAfterSeconds ?? 1).padStart(2, '0')}` }
          : { 'Retry-After': String(options.retryAfterSeconds ?? 1), ...(options.retryAfterMs !== undefined ? { 'retry-after-ms': String(options.retryAfterMs) } : {}) };
        throw new HttpError(429, isResourceGraph ? 'RateLimiting' : 'TooManyRequests', 'Number of read requests exceeded the limit.', retry);
      }
      for (const [fault, left] of faultsLeft) {
        if (left <= 0 || !url.pathname.toLowerCase().includes(fault.path.toLowerCase())) continue;
        if (fault.method !== undefined && fault.method !== method) continue;
        faultsLeft.set(fault, left - 1);
        const retry: Record<string, string> = fault.status !== 429 ? {}
          : isResourceGraph ? { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': `00:00:${String(options.retryAfterSeconds ?? 1).padStart(2, '0')}` }
          : { 'Retry-After': String(options.retryAfterSeconds ?? 1), ...(options.retryAfterMs !== undefined ? { 'retry-after-ms': String(options.retryAfterMs) } : {}) };
        throw new HttpError(fault.status, fault.code ?? defaultCode(fault.status, url.pathname), faultMessage(fault.status, url.pathname), retry);
      }
      const lower = url.pathname.toLowerCase();
      if (isResourceGraph && options.redirectResourceGraphTo) throw new HttpError(307, 'Redirect', 'moved', { location: `${options.redirectResourceGraphTo}${url.pathname}${url.search}` });
      if (method === 'POST' && lower === RESOURCE_GRAPH_PATH) body = resourceGraph(parsed);
      else if (method !== 'GET') throw new HttpError(405, 'MethodNotAllowed', `${method} is not simulated: the scanner is read-only.`);
      else if (lower.startsWith('/v1.0/')) body = graphGet(url);
      else body = armGet(url);
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(500, 'InternalServerError', err instanceof Error ? err.message : String(err));
      status = e.status;
      Object.assign(headers, e.headers);
      body = { error: { code: e.code, message: e.message } };
    }
    if (status === 200 && !url.pathname.toLowerCase().startsWith('/v1.0/')) headers['x-ms-ratelimit-remaining-subscription-reads'] = '11999';
    calls.push({ ...entry, status });
    const send = (): void => {
      res.writeHead(status, headers);
      res.end(JSON.stringify(body));
    };
    if (options.latencyMs) setTimeout(send, options.latencyMs);
    else send();
  };

  const server: Server = createServer({ cert, key }, (req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `https://127.0.0.1:${port}`;
  return {
    endpoint: origin,
    port,
    ca: cert,
    calls,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A row's id, lower-cased, for Resource Graph's `order by id asc`. */
const idOf = (row: JsonObject): string => (typeof row.id === 'string' ? row.id.toLowerCase() : '');

function withoutProperties(r: ServedResource): JsonObject {
  return Object.fromEntries(Object.entries(r.body).filter(([k]) => k !== 'properties'));
}

/** Resource Graph row: the resource with lower-cased type and resource group, as ARG returns them. */
function graphRow(r: ServedResource, tenantId: string): JsonObject {
  return { ...r.body, type: r.world.type.toLowerCase(), resourceGroup: r.world.resourceGroup.toLowerCase(), subscriptionId: r.subscriptionId, tenantId, sku: r.body.sku ?? null, kind: r.body.kind ?? '', identity: r.body.identity ?? null };
}

function providersList(inSub: readonly ServedResource[]): JsonObject[] {
  const byNamespace = new Map<string, Set<string>>();
  for (const r of inSub) {
    const [ns, ...types] = r.world.type.split('/');
    const set = byNamespace.get(ns ?? '') ?? new Set<string>();
    set.add(types.join('/'));
    byNamespace.set(ns ?? '', set);
  }
  return [...byNamespace].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ns, types]) => ({
    id: `/providers/${ns}`, namespace: ns, registrationState: 'Registered',
    resourceTypes: [...types].sort().map((t) => ({ resourceType: t, locations: [], apiVersions: [...DEFAULT_API_VERSIONS].reverse() })),
  }));
}

function defaultCode(status: number, path: string): string {
  const graph = path.toLowerCase().startsWith('/v1.0/');
  switch (status) {
    case 401: return graph ? 'InvalidAuthenticationToken' : 'AuthenticationFailed';
    case 403: return graph ? 'Authorization_RequestDenied' : 'AuthorizationFailed';
    case 404: return 'ResourceNotFound';
    case 409: return 'Conflict';
    case 429: return 'TooManyRequests';
    case 503: return 'ServiceUnavailable';
    default: return graph ? 'generalException' : 'InternalServerError';
  }
}

function faultMessage(status: number, path: string): string {
  if (status === 403) {
    return path.toLowerCase().startsWith('/v1.0/')
      ? 'Insufficient privileges to complete the operation.'
      : `The client 'phiscan@example.test' with object id '00000000-0000-0000-0000-000000000001' does not have authorization to perform action over scope '${path}' or the scope is invalid.`;
  }
  if (status === 429) return 'Too many requests. Retry later.';
  return `Simulated HTTP ${status} for ${path}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(token: string): number {
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new HttpError(400, 'InvalidSkipToken', 'The skip token is invalid.');
  return Number(m[1]);
}
