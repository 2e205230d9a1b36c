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
}

export interface GcpSimulator {
  /** `127.0.0.1:PORT`. */
  readonly address: string;
  readonly port: number;
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
      calls.push({ rpc, parent: call.request?.parent ?? '', assetTypes: [], contentType: '', pageToken: '', status: 'UNIMPLEMENTED', assetCount: 0 });
      callback({ code: grpc.status.UNIMPLEMENTED, details: `${rpc} is not simulated` });
    };
  }
  handlers.ListAssets = (call: grpc.ServerUnaryCall<ListAssetsRequest, unknown>, callback: grpc.sendUnaryData<unknown>) => {
    const req = call.request;
    const entry = { rpc: `${ASSET_SERVICE}/ListAssets`, parent: req.parent ?? '', assetTypes: [...(req.assetTypes ?? [])], contentType: req.contentType ?? 'CONTENT_TYPE_UNSPECIFIED', pageToken: req.pageToken ?? '' };
    const finish = (status: string, count: number, err?: { code: grpc.status; details: string }, body?: unknown): void => {
      calls.push({ ...entry, status, assetCount: count });
      const send = () => (err ? callback(err) : callback(null, body));
      if (options.latencyMs) setTimeout(send, options.latencyMs);
      else send();
    };
    if (bucket && !bucket.take()) return finish('RESOURCE_EXHAUSTED', 0, { code: grpc.status.RESOURCE_EXHAUSTED, details: 'Quota exceeded for quota metric ListAssets requests per minute' });
    for (const [fault, left] of faultsLeft) {
      if (left <= 0 || !entry.assetTypes.includes(fault.assetType)) continue;
      if (fault.parent !== undefined && fault.parent !== entry.parent) continue;
      if (fault.contentType !== undefined && fault.contentType !== entry.contentType) continue;
      faultsLeft.set(fault, left - 1);
      return finish(fault.code, 0, { code: grpc.status[fault.code], details: faultMessage(fault.code, entry.parent) });
    }
    if (!knownParents.has(entry.parent)) return finish('PERMISSION_DENIED', 0, { code: grpc.status.PERMISSION_DENIED, details: faultMessage('PERMISSION_DENIED', entry.parent) });

    const key = `${entry.parent}|${[...entry.assetTypes].sort().join(',')}|${entry.contentType}`;
    let offset = 0;
    if (entry.pageToken) {
      const decoded = decodeToken(entry.pageToken);
      if (!decoded || decoded.key !== key) return finish('INVALID_ARGUMENT', 0, { code: grpc.status.INVALID_ARGUMENT, details: 'Invalid page token' });
      offset = decoded.offset;
    }
    const matches = assets.filter((a) => inScope(a, entry.parent) && typeMatches(a.assetType, entry.assetTypes) && contentMatches(a, entry.contentType));
    const size = Math.min(req.pageSize && req.pageSize > 0 ? req.pageSize : (options.defaultPageSize ?? 100), MAX_PAGE_SIZE);
    const page = matches.slice(offset, offset + size);
    const next = offset + size < matches.length ? encodeToken({ key, offset: offset + size }) : '';
    finish('OK', page.length, undefined, { readTime: { seconds: '1767225600', nanos: 0 }, assets: page.map((a) => toProtoAsset(a, entry.contentType)), nextPageToken: next });
  };

  const server = new grpc.Server();
  server.addService(service, handlers);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  return {
    address: `127.0.0.1:${port}`,
    port,
    calls,
    // universeDomain set explicitly so google-auth-library never probes for ADC or the metadata server.
    clientOptions: () => ({ apiEndpoint: '127.0.0.1', port, sslCreds: grpc.credentials.createInsecure(), universeDomain: 'googleapis.com' }),
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
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

function toProtoAsset(a: ServedAsset, contentType: string): Record<string, unknown> {
  const out: Record<string, unknown> = { name: a.name, assetType: a.assetType, ancestors: [...a.ancestors], updateTime: { seconds: '1767225600', nanos: 0 } };
  if (contentType === 'RESOURCE') {
    const service = a.assetType.split('/')[0] ?? '';
    const kind = a.assetType.split('/')[1] ?? '';
    out.resource = {
      version: 'v1',
      discoveryDocumentUri: `https://${service}/$discovery/rest`,
      discoveryName: kind,
      ...(a.parent ? { parent: a.parent } : {}),
      ...(a.location ? { location: a.location } : {}),
      data: toProtoStruct(a.data ?? {}),
    };
  }
  if (contentType === 'IAM_POLICY' && a.iamPolicy) {
    out.iamPolicy = {
      version: 1,
      bindings: (a.iamPolicy.bindings ?? []).map((b) => ({ role: b.role, members: [...b.members], ...(b.condition ? { condition: { expression: b.condition.expression } } : {}) })),
      auditConfigs: (a.iamPolicy.auditConfigs ?? []).map((c) => ({ service: c.service, auditLogConfigs: c.auditLogConfigs.map((l) => ({ logType: l.logType, exemptedMembers: [...(l.exemptedMembers ?? [])] })) })),
      etag: Buffer.from('BwXsimulated'),
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
