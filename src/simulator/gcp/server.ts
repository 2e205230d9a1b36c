import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { protos } from '@google-cloud/asset';
import * as grpc from '@grpc/grpc-js';
import { ASSET_SERVICE, loadAssetServiceDefinition } from './protos.js';
import { toProtoStruct } from './struct.js';
import { tokenBucket } from '../rate-limit.js';
import { flattenWorld, type GcpWorld, type ServedAsset, type WorldOrgPolicy } from './world.js';

export type FaultCode = 'PERMISSION_DENIED' | 'UNAVAILABLE' | 'RESOURCE_EXHAUSTED' | 'DEADLINE_EXCEEDED' | 'INTERNAL';

export interface GcpFault {
  /** The fault applies to requests naming this asset type. */
  readonly assetType: string;
  readonly code: FaultCode;
  /** Only for this parent (`projects/x`, `organizations/1`); omitted = any. */
  readonly parent?: string;
  /** Fail this many times, then succeed; omitted = always. */
  readonly times?: number;
  readonly contentType?: string;
}

export interface GcpSimulatorOptions {
  readonly world: GcpWorld;
  /** Default page size when the request sets none (the API's default is 100). */
  readonly defaultPageSize?: number;
  /** Token bucket: `capacity` calls at once, refilled at `refillPerSecond`; beyond it RESOURCE_EXHAUSTED. */
  readonly rateLimit?: { readonly capacity: number; readonly refillPerSecond: number };
  readonly faults?: readonly GcpFault[];
  /** Added to every call, in milliseconds. */
  readonly latencyMs?: number;
}

export interface GcpCallLogEntry {
  /** Full RPC name, e.g. `google.cloud.asset.v1.AssetService/ListAssets`. */
  readonly rpc: string;
  readonly parent: string;
  readonly assetTypes: readonly string[];
  readonly contentType: string;
  readonly pageToken: string;
  /** gRPC status name the call ended with. */
  readonly status: string;
  readonly assetCount: number;
  /** How the call arrived. */
  readonly transport: 'grpc' | 'rest';
}

export interface GcpSimulator {
  /** `127.0.0.1:PORT` of the gRPC server. */
  readonly address: string;
  readonly port: number;
  /** `http://127.0.0.1:PORT` of the same service over REST (`GET /v1/{parent}/assets`, proto3 JSON). */
  readonly restUrl: string;
  readonly calls: readonly GcpCallLogEntry[];
  /** Client constructor options that reach this server over plaintext gRPC. */
  clientOptions(): { apiEndpoint: string; port: number; sslCreds: grpc.ChannelCredentials; universeDomain: string };
  close(): Promise<void>;
}

interface ListAssetsRequest {
  parent?: string;
  assetTypes?: string[];
  contentType?: string;
  pageSize?: number;
  pageToken?: string;
}

const MAX_PAGE_SIZE = 1000;
/** ContentType enum names by number, from the client's own protos. */
const CONTENT_TYPES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(protos.google.cloud.asset.v1.ContentType).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v as number, k]));
const READ_TIME = '2026-01-01T00:00:00Z';

type ListReply =
  | { readonly error: { readonly code: FaultCode | 'INVALID_ARGUMENT'; readonly details: string }; readonly page?: undefined }
  | { readonly error?: undefined; readonly page: { readonly assets: readonly ServedAsset[]; readonly contentType: string; readonly nextPageToken: string } };

/** HTTP status of each simulated gRPC status on the REST transport (google.rpc.Code mapping). */
const HTTP_STATUS: Readonly<Record<FaultCode | 'INVALID_ARGUMENT', number>> = {
  PERMISSION_DENIED: 403, UNAVAILABLE: 503, RESOURCE_EXHAUSTED: 429, DEADLINE_EXCEEDED: 504, INTERNAL: 500, INVALID_ARGUMENT: 400,
};

/**
 * The REST transport of ListAssets (`GET /v1/{parent=*\/*}/assets`): query parameters in,
 * proto3 JSON out, errors as `{ error: { code, message, status } }`. Anything else is logged
 * and answered 501, like an unimplemented RPC.
 */
function serveRest(req: IncomingMessage, res: ServerResponse, listAssets: (r: ListAssetsRequest, reply: (x: ListReply) => void) => void, unimplemented: (rpc: string, parent: string) => void): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const m = /^\/v1\/((?:projects|folders|organizations)\/[^/]+)\/assets$/.exec(url.pathname);
  if (req.method !== 'GET' || !m?.[1]) {
    unimplemented(`REST ${req.method ?? ''} ${url.pathname}`, '');
    return send(501, { error: { code: 501, message: `${req.method ?? ''} ${url.pathname} is not simulated`, status: 'UNIMPLEMENTED' } });
  }
  const q = url.searchParams;
  const rawContent = q.get('contentType') ?? '0';
  // With enum-encoding=int the client sends the enum's number; accept names too.
  const contentType = /^\d+$/.test(rawContent) ? (CONTENT_TYPES[Number(rawContent)] ?? 'CONTENT_TYPE_UNSPECIFIED') : rawContent;
  const pageSize = Number(q.get('pageSize') ?? '0');
  listAssets({ parent: decodeURIComponent(m[1]), assetTypes: q.getAll('assetTypes'), contentType, pageSize: Number.isFinite(pageSize) ? pageSize : 0, pageToken: q.get('pageToken') ?? '' }, (r) => {
    if (r.error) return send(HTTP_STATUS[r.error.code], { error: { code: HTTP_STATUS[r.error.code], message: r.error.details, status: r.error.code } });
    return send(200, { readTime: READ_TIME, assets: r.page.assets.map((a) => toProtoAsset(a, r.page.contentType, 'rest')), ...(r.page.nextPageToken ? { nextPageToken: r.page.nextPageToken } : {}) });
  });
}

/** Start a loopback Cloud Asset Inventory server (ListAssets only) on 127.0.0.1, port 0. */
export async function startGcpSimulator(options: GcpSimulatorOptions): Promise<GcpSimulator> {
  const assets = flattenWorld(options.world);
  const knownParents = new Set<string>();
  for (const a of assets) {
    for (const anc of a.ancestors) knownParents.add(anc);
    if (a.projectId) knownParents.add(`projects/${a.projectId}`);
  }
  const calls: GcpCallLogEntry[] = [];
  const faultsLeft = new Map<GcpFault, number>((options.faults ?? []).map((f) => [f, f.times ?? Number.POSITIVE_INFINITY]));
  const bucket = options.rateLimit ? tokenBucket(options.rateLimit.capacity, options.rateLimit.refillPerSecond) : undefined;

  const definition = loadAssetServiceDefinition();
  const service = definition[ASSET_SERVICE] as unknown as grpc.ServiceDefinition;

  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of Object.keys(service)) {
    const rpc = `${ASSET_SERVICE}/${method}`;
    // Every RPC other than ListAssets is logged and refused: the call log shows what a collector tried.
    handlers[method] = (call: grpc.ServerUnaryCall<ListAssetsRequest, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      calls.push({ rpc, parent: call.request?.parent ?? '', assetTypes: [], contentType: '', pageToken: '', status: 'UNIMPLEMENTED', assetCount: 0, transport: 'grpc' });
      callback({ code: grpc.status.UNIMPLEMENTED, details: `${rpc} is not simulated` });
    };
  }
  /** One ListAssets call, whatever the transport: the call log entry, then a status or a page. */
  const listAssets = (transport: 'grpc' | 'rest', req: ListAssetsRequest, reply: (r: ListReply) => void): void => {
    const entry = { rpc: `${ASSET_SERVICE}/ListAssets`, parent: req.parent ?? '', assetTypes: [...(req.assetTypes ?? [])], contentType: req.contentType ?? 'CONTENT_TYPE_UNSPECIFIED', pageToken: req.pageToken ?? '', transport };
    const finish = (status: string, count: number, result: ListReply): void => {
      calls.push({ ...entry, status, assetCount: count });
      if (options.latencyMs) setTimeout(() => reply(result), options.latencyMs);
      else reply(result);
    };
    const refuse = (code: FaultCode | 'INVALID_ARGUMENT', details: string) => finish(code, 0, { error: { code, details } });
    if (bucket && !bucket.take()) return refuse('RESOURCE_EXHAUSTED', faultMessage('RESOURCE_EXHAUSTED', entry.parent));
    for (const [fault, left] of faultsLeft) {
      if (left <= 0 || !entry.assetTypes.includes(fault.assetType)) continue;
      if (fault.parent !== undefined && fault.parent !== entry.parent) continue;
      if (fault.contentType !== undefined && fault.contentType !== entry.contentType) continue;
      faultsLeft.set(fault, left - 1);
      return refuse(fault.code, faultMessage(fault.code, entry.parent));
    }
    if (!knownParents.has(entry.parent)) return refuse('PERMISSION_DENIED', faultMessage('PERMISSION_DENIED', entry.parent));

    const key = `${entry.parent}|${[...entry.assetTypes].sort().join(',')}|${entry.contentType}`;
    let offset = 0;
    if (entry.pageToken) {
      const decoded = decodeToken(entry.pageToken);
      if (!decoded || decoded.key !== key) return refuse('INVALID_ARGUMENT', 'Invalid page token');
      offset = decoded.offset;
    }
    const matches = assets.filter((a) => inScope(a, entry.parent) && typeMatches(a.assetType, entry.assetTypes) && contentMatches(a, entry.contentType));
    const size = Math.min(req.pageSize && req.pageSize > 0 ? req.pageSize : (options.defaultPageSize ?? 100), MAX_PAGE_SIZE);
    const page = matches.slice(offset, offset + size);
    const next = offset + size < matches.length ? encodeToken({ key, offset: offset + size }) : '';
    finish('OK', page.length, { page: { assets: page, contentType: entry.contentType, nextPageToken: next } });
  };

  handlers.ListAssets = (call: grpc.ServerUnaryCall<ListAssetsRequest, unknown>, callback: grpc.sendUnaryData<unknown>) => {
    listAssets('grpc', call.request, (r) => {
      if (r.error) callback({ code: grpc.status[r.error.code], details: r.error.details });
      else callback(null, { readTime: { seconds: '1767225600', nanos: 0 }, assets: r.page.assets.map((a) => toProtoAsset(a, r.page.contentType, 'grpc')), nextPageToken: r.page.nextPageToken });
    });
  };

  const server = new grpc.Server();
  server.addService(service, handlers);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  const rest = createServer((req, res) => serveRest(req, res, (r, reply) => listAssets('rest', r, reply), (rpc, parent) => calls.push({ rpc, parent, assetTypes: [], contentType: '', pageToken: '', status: 'UNIMPLEMENTED', assetCount: 0, transport: 'rest' })));
  const restPort = await new Promise<number>((resolve, reject) => {
    rest.once('error', reject);
    rest.listen(0, '127.0.0.1', () => resolve((rest.address() as AddressInfo).port));
  });
  return {
    address: `127.0.0.1:${port}`,
    port,
    restUrl: `http://127.0.0.1:${restPort}`,
    calls,
    // universeDomain set explicitly so google-auth-library never probes for ADC or the metadata server.
    clientOptions: () => ({ apiEndpoint: '127.0.0.1', port, sslCreds: grpc.credentials.createInsecure(), universeDomain: 'googleapis.com' }),
    close: async () => {
      rest.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => server.tryShutdown(() => resolve())), new Promise<void>((resolve) => rest.close(() => resolve()))]);
    },
  };
}

function faultMessage(code: FaultCode, parent: string): string {
  switch (code) {
    case 'PERMISSION_DENIED': return `The caller does not have permission cloudasset.assets.listResource on ${parent}`;
    case 'UNAVAILABLE': return 'The service is currently unavailable.';
    case 'RESOURCE_EXHAUSTED': return 'Quota exceeded for quota metric ListAssets requests per minute';
    case 'DEADLINE_EXCEEDED': return 'Deadline exceeded';
    case 'INTERNAL': return 'Internal error';
  }
}

function inScope(a: ServedAsset, parent: string): boolean {
  return a.ancestors.includes(parent) || (a.projectId !== undefined && parent === `projects/${a.projectId}`);
}

/** Exact asset types, or CAI's RE2 patterns such as `compute.googleapis.com.*`. */
function typeMatches(assetType: string, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  return wanted.some((w) => (w.includes('*') ? new RegExp(`^${w}$`).test(assetType) : w === assetType));
}

function contentMatches(a: ServedAsset, contentType: string): boolean {
  switch (contentType) {
    case 'IAM_POLICY': return a.iamPolicy !== undefined;
    case 'ORG_POLICY': return (a.orgPolicies?.length ?? 0) > 0;
    case 'ACCESS_POLICY': return false;
    default: return true;
  }
}

/**
 * An asset as the wire carries it: protobuf objects for gRPC (Struct, Timestamp and bytes as
 * messages), proto3 JSON for REST (Struct as plain JSON, Timestamp as RFC 3339, bytes as base64).
 */
function toProtoAsset(a: ServedAsset, contentType: string, transport: 'grpc' | 'rest'): Record<string, unknown> {
  const grpcWire = transport === 'grpc';
  const out: Record<string, unknown> = { name: a.name, assetType: a.assetType, ancestors: [...a.ancestors], updateTime: grpcWire ? { seconds: '1767225600', nanos: 0 } : READ_TIME };
  if (contentType === 'RESOURCE') {
    const service = a.assetType.split('/')[0] ?? '';
    const kind = a.assetType.split('/')[1] ?? '';
    out.resource = {
      version: 'v1',
      discoveryDocumentUri: `https://${service}/$discovery/rest`,
      discoveryName: kind,
      ...(a.parent ? { parent: a.parent } : {}),
      ...(a.location ? { location: a.location } : {}),
      data: grpcWire ? toProtoStruct(a.data ?? {}) : (a.data ?? {}),
    };
  }
  if (contentType === 'IAM_POLICY' && a.iamPolicy) {
    out.iamPolicy = {
      version: 1,
      bindings: (a.iamPolicy.bindings ?? []).map((b) => ({ role: b.role, members: [...b.members], ...(b.condition ? { condition: { expression: b.condition.expression } } : {}) })),
      auditConfigs: (a.iamPolicy.auditConfigs ?? []).map((c) => ({ service: c.service, auditLogConfigs: c.auditLogConfigs.map((l) => ({ logType: l.logType, exemptedMembers: [...(l.exemptedMembers ?? [])] })) })),
      etag: grpcWire ? Buffer.from('BwXsimulated') : Buffer.from('BwXsimulated').toString('base64'),
    };
  }
  if (contentType === 'ORG_POLICY' && a.orgPolicies) out.orgPolicy = a.orgPolicies.map(toProtoOrgPolicy);
  return out;
}

function toProtoOrgPolicy(p: WorldOrgPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = { version: 1, constraint: p.constraint };
  if (p.booleanPolicy) out.booleanPolicy = { enforced: p.booleanPolicy.enforced };
  else if (p.listPolicy) out.listPolicy = { allowedValues: [...(p.listPolicy.allowedValues ?? [])], deniedValues: [...(p.listPolicy.deniedValues ?? [])], ...(p.listPolicy.allValues ? { allValues: p.listPolicy.allValues } : {}) };
  else if (p.restoreDefault) out.restoreDefault = {};
  return out;
}

function encodeToken(t: { key: string; offset: number }): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

function decodeToken(token: string): { key: string; offset: number } | undefined {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { key?: unknown; offset?: unknown };
    return typeof t.key === 'string' && typeof t.offset === 'number' ? { key: t.key, offset: t.offset } : undefined;
  } catch {
    return undefined;
  }
}
