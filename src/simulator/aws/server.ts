import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { InvalidTokenError } from './paging.js';
import { encodeError, encodeOutput, type WireResponse } from './protocol.js';
import { SERVICES, SimError, type CallContext, type ServiceDef } from './services.js';
import { accountOfKey, type AwsWorld } from './world.js';

export interface RateLimit {
  /** Burst: calls accepted at once. */
  readonly capacity: number;
  readonly refillPerSecond: number;
  /** `service`: one bucket for every operation of the service (DynamoDB's control plane); default one per operation. */
  readonly per?: 'operation' | 'service';
}

export type FaultKind = 'AccessDenied' | 'InternalError' | 'ServiceUnavailable' | 'Throttle' | 'Timeout';

export interface AwsFault {
  readonly kind: FaultKind;
  /** Service name as in the call log (`ec2`, `s3`, `elasticloadbalancing`, `s3-control`); omitted = any. */
  readonly service?: string;
  /** Operation (`DescribeVolumes`); omitted = any of the service. */
  readonly operation?: string;
  readonly account?: string;
  readonly region?: string;
  /** Fail this many times, then succeed; omitted = always. */
  readonly times?: number;
}

export interface AwsSimulatorOptions {
  readonly world: AwsWorld;
  /** Added to every response, in milliseconds. */
  readonly latencyMs?: number;
  /**
   * Token buckets per (account, region, operation), as AWS meters most APIs (per service where
   * the limit says `per: 'service'`). Keys are `service:Operation`, `service:*` or `*`; the most
   * specific wins. Beyond the bucket the
   * service's real throttling error is returned (RequestLimitExceeded, Throttling, ThrottlingException, SlowDown).
   */
  readonly rateLimits?: Readonly<Record<string, RateLimit>>;
  readonly faults?: readonly AwsFault[];
  /** Caps every page below the API's maximum, to exercise pagination with small worlds. */
  readonly pageSize?: number;
  /** How long a `Timeout` fault holds the request before answering 504 (the client's timeout should fire first). */
  readonly hangMs?: number;
}

export interface AwsCallLogEntry {
  /** Simulator service name: `ec2`, `s3`, `s3-control`, `elasticloadbalancing`, ... */
  readonly service: string;
  readonly operation: string;
  /** The IAM action that authorizes the call (`s3:GetEncryptionConfiguration`). */
  readonly action: string;
  readonly account: string;
  readonly region: string;
  readonly status: number;
  /** Error code when the call failed. */
  readonly code: string | undefined;
  /** The request carried a page token (a continuation page). */
  readonly paged: boolean;
  /** Milliseconds since the simulator started, when the request arrived. */
  readonly at: number;
}

export interface AwsSimulator {
  /** `http://127.0.0.1:PORT`: pass as `endpoint` to every client (S3 with `forcePathStyle`). */
  readonly endpoint: string;
  readonly calls: readonly AwsCallLogEntry[];
  close(): Promise<void>;
}

/** Where the authorizing IAM action differs from the operation name. */
const IAM_ACTIONS: Readonly<Record<string, string>> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3-control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  // API Gateway authorizes every read as GET on the resource path.
  'apigateway:GetRestApis': 'apigateway:GET',
  'apigateway:GetStages': 'apigateway:GET',
  'apigatewayv2:GetApis': 'apigateway:GET',
  'apigatewayv2:GetStages': 'apigateway:GET',
};

export function iamActionOf(service: string, operation: string): string {
  return IAM_ACTIONS[`${service}:${operation}`] ?? `${service === 's3-control' ? 's3' : service}:${operation}`;
}

interface Route {
  readonly service: ServiceDef;
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly labels: Record<string, string>;
}

const S3_SUBRESOURCES: Readonly<Record<string, string>> = {
  encryption: 'GetBucketEncryption', policy: 'GetBucketPolicy', versioning: 'GetBucketVersioning', 'object-lock': 'GetObjectLockConfiguration',
  publicAccessBlock: 'GetPublicAccessBlock', logging: 'GetBucketLogging', tagging: 'GetBucketTagging',
};

interface RestTemplate {
  readonly operation: string;
  readonly method: string;
  readonly pattern: RegExp;
  /** Path label names, in the order of the pattern's groups. */
  readonly labels: readonly string[];
}

const templates = new WeakMap<ServiceDef, readonly RestTemplate[]>();

/** A REST service's path templates as patterns, compiled once per service. */
function restTemplates(service: ServiceDef): readonly RestTemplate[] {
  let list = templates.get(service);
  if (!list) {
    list = [...service.operations.values()].flatMap((op) => {
      if (!op.http) return [];
      const labels: string[] = [];
      const pattern = op.http[1].split('?')[0]?.replace(/\/$/, '').replace(/\{([^}+]+)\+?\}/g, (_, n: string) => {
        labels.push(n);
        return '([^/]+)';
      });
      return [{ operation: op.name, method: op.http[0], pattern: new RegExp(`^${pattern ?? ''}$`), labels }];
    });
    templates.set(service, list);
  }
  return list;
}

function route(req: IncomingMessage, body: string, signingName: string): Route | undefined {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const query = Object.fromEntries(url.searchParams.entries());
  if (signingName === 's3') {
    if (url.pathname.startsWith('/v20180820/')) {
      const service = SERVICES.find((s) => s.name === 's3-control');
      const op = service && [...service.operations.values()].find((o) => o.http?.[0] === req.method && o.http?.[1]?.split('?')[0] === url.pathname);
      return service && op ? { service, operation: op.name, input: query, labels: {} } : undefined;
    }
    const service = SERVICES.find((s) => s.name === 's3');
    if (!service) return undefined;
    const bucket = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    if (!bucket) return { service, operation: 'ListBuckets', input: query, labels: {} };
    const sub = Object.keys(query).find((k) => S3_SUBRESOURCES[k]);
    return sub ? { service, operation: S3_SUBRESOURCES[sub] ?? '', input: query, labels: { Bucket: bucket } } : { service, operation: `${req.method ?? 'GET'} /{Bucket}`, input: query, labels: { Bucket: bucket } };
  }
  // Services sharing a signing name (API Gateway v1 and v2) are told apart by their REST paths.
  const candidates = SERVICES.filter((s) => s.signingName === signingName && s.name !== 's3-control');
  const service = candidates[0];
  if (!service) return undefined;
  switch (service.protocol) {
    case 'ec2':
    case 'query': {
      const input: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body).entries());
      return { service, operation: typeof input.Action === 'string' ? input.Action : '', input, labels: {} };
    }
    case 'json': {
      const target = String(req.headers['x-amz-target'] ?? '');
      return { service, operation: target.split('.').pop() ?? '', input: body ? (JSON.parse(body) as Record<string, unknown>) : {}, labels: {} };
    }
    case 'rest-json':
    case 'rest-xml': {
      // REST services route by method and path template; only rest-json bodies carry input members here (the XML ones are GETs).
      const input: Record<string, unknown> = { ...query, ...(body && service.protocol === 'rest-json' ? (JSON.parse(body) as Record<string, unknown>) : {}) };
      const path = url.pathname.replace(/\/$/, '') || '/';
      for (const candidate of candidates) {
        for (const t of restTemplates(candidate)) {
          if (t.method !== req.method) continue;
          const m = t.pattern.exec(path);
          if (m) return { service: candidate, operation: t.operation, input, labels: Object.fromEntries(t.labels.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')])) };
        }
      }
      return { service, operation: `${req.method ?? ''} ${path}`, input, labels: {} };
    }
  }
}

/** SigV4 scope of the request: `Credential=AKID/date/region/service/aws4_request`. */
function credentialScope(req: IncomingMessage): { key: string; region: string; service: string } | undefined {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? '');
  return m ? { key: m[1] ?? '', region: m[2] ?? '', service: m[3] ?? '' } : undefined;
}

function tokenBucket(limit: RateLimit): () => boolean {
  let tokens = limit.capacity;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(limit.capacity, tokens + ((now - last) / 1000) * limit.refillPerSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const PAGE_TOKENS = ['NextToken', 'Marker', 'nextToken', 'continuation-token', 'ExclusiveStartTableName'];

/**
 * Start a loopback AWS endpoint on 127.0.0.1 (port 0) that serves the world over each service's
 * real protocol. It identifies service, region and account from the SigV4 credential scope
 * (signatures are not verified) and records every call.
 */
export async function startAwsSimulator(options: AwsSimulatorOptions): Promise<AwsSimulator> {
  const started = performance.now();
  const calls: AwsCallLogEntry[] = [];
  const buckets = new Map<string, () => boolean>();
  const faultsLeft = new Map((options.faults ?? []).map((f) => [f, f.times ?? Number.POSITIVE_INFINITY]));
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let requestCounter = 0;

  const limitFor = (service: string, op: string): RateLimit | undefined => options.rateLimits?.[`${service}:${op}`] ?? options.rateLimits?.[`${service}:*`] ?? options.rateLimits?.['*'];

  const handle = (req: IncomingMessage, body: string, res: ServerResponse): void => {
    const requestId = `sim-${String(++requestCounter).padStart(8, '0')}`;
    const at = Math.round(performance.now() - started);
    const scope = credentialScope(req);
    const r = scope ? route(req, body, scope.service) : undefined;
    const send = (wire: WireResponse, entry: Omit<AwsCallLogEntry, 'at' | 'status' | 'code'> | undefined, code?: string, delay = options.latencyMs ?? 0): void => {
      if (entry) calls.push({ ...entry, status: wire.status, code, at });
      const write = () => {
        if (res.destroyed) return;
        res.writeHead(wire.status, { ...wire.headers, 'content-length': Buffer.byteLength(wire.body) });
        res.end(wire.body);
      };
      if (delay > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          write();
        }, delay);
        timers.add(t);
      } else write();
    };
    if (!scope || !r) {
      send(encodeError('rest-xml', 400, 'InvalidRequest', 'request not recognised by the simulator', requestId), undefined);
      return;
    }
    const { service, operation } = r;
    const accountId = accountOfKey(scope.key);
    const account = options.world.accounts.find((a) => a.id === accountId);
    const region = service.global ? 'global' : scope.region;
    const entry = { service: service.name, operation, action: iamActionOf(service.name, operation), account: accountId ?? 'unknown', region, paged: PAGE_TOKENS.some((k) => r.input[k] !== undefined && r.input[k] !== '') };
    const fail = (status: number, code: string, message: string, delay?: number) => send(encodeError(service.protocol, status, code, message, requestId), entry, code, delay);

    if (!account) return fail(403, service.protocol === 'ec2' ? 'AuthFailure' : service.protocol === 'query' ? 'InvalidClientTokenId' : 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    const handler = service.handlers[operation];
    if (!handler || !service.operations.has(operation)) return fail(400, service.protocol === 'ec2' ? 'InvalidAction' : 'UnknownOperationException', `${operation} is not simulated`);
    if (!service.global && !account.regions[scope.region]) {
      return fail(service.protocol === 'ec2' ? 401 : 403, service.protocol === 'ec2' ? 'AuthFailure' : service.protocol === 'query' ? 'InvalidClientTokenId' : 'UnrecognizedClientException', `The security token included in the request is invalid (region ${scope.region} is not enabled).`);
    }
    const limit = limitFor(service.name, operation);
    if (limit) {
      const key = `${account.id}/${region}/${limit.per === 'service' ? service.name : `${service.name}:${operation}`}`;
      let take = buckets.get(key);
      if (!take) buckets.set(key, (take = tokenBucket(limit)));
      if (!take()) return fail(service.throttle.status, service.throttle.code, 'Rate exceeded');
    }
    for (const [f, left] of faultsLeft) {
      if (left <= 0) continue;
      if ((f.service !== undefined && f.service !== service.name) || (f.operation !== undefined && f.operation !== operation) || (f.account !== undefined && f.account !== account.id) || (f.region !== undefined && f.region !== region)) continue;
      faultsLeft.set(f, left - 1);
      switch (f.kind) {
        case 'AccessDenied': return fail(service.accessDenied.status, service.accessDenied.code, `User: arn:aws:iam::${account.id}:user/phiscan is not authorized to perform: ${entry.action}`);
        case 'Throttle': return fail(service.throttle.status, service.throttle.code, 'Rate exceeded');
        case 'InternalError': return fail(500, service.protocol === 'rest-xml' ? 'InternalError' : service.protocol === 'ec2' ? 'InternalError' : 'InternalFailure', 'We encountered an internal error. Please try again.');
        case 'ServiceUnavailable': return fail(503, 'ServiceUnavailable', 'Service Unavailable');
        case 'Timeout': return fail(504, 'RequestTimeout', 'held past the client timeout', options.hangMs ?? 30_000);
      }
    }
    const ctx: CallContext = {
      world: options.world, account, region: scope.region, input: r.input, labels: r.labels,
      pageSize: (max) => Math.min(max, options.pageSize ?? max),
    };
    try {
      const op = service.operations.get(operation);
      if (!op) return fail(400, 'UnknownOperationException', operation);
      send(encodeOutput(service.protocol, op, handler(ctx), { xmlNamespace: service.xmlNamespace, requestId }), entry);
    } catch (err) {
      if (err instanceof SimError) return fail(err.status, err.code, err.message);
      if (err instanceof InvalidTokenError) return fail(400, service.protocol === 'ec2' ? 'InvalidPaginationToken' : 'InvalidNextTokenException', err.message);
      return fail(500, 'InternalFailure', err instanceof Error ? err.message : String(err));
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
