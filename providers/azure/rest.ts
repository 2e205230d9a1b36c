import { abortedByDeadline, DEADLINE_GAP_MESSAGE } from '../../src/engine/deadline.js';
import { ServiceClient } from '@azure/core-client';
import type { TokenCredential } from '@azure/core-auth';
import { createHttpHeaders, createPipelineRequest, isRestError, type Pipeline, type PipelinePolicy, type PipelineRetryOptions, type TlsSettings } from '@azure/core-rest-pipeline';
import type { GapReason } from '../../src/model/coverage.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Where ARM and Microsoft Graph live. Overrides exist for the loopback simulator only. */
export interface AzureEndpoints {
  readonly arm: string;
  readonly graph: string;
}

export const PUBLIC_CLOUD: AzureEndpoints = { arm: 'https://management.azure.com', graph: 'https://graph.microsoft.com' };
/** Token audiences: the public cloud's (the endpoint overrides point at the simulator, which accepts any token). */
export const ARM_SCOPE = 'https://management.azure.com/.default';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Pipeline settings shared by every client (ARM SDK client, raw ARM and Graph REST clients). */
export interface PipelineSettings {
  readonly credential: TokenCredential;
  readonly endpoints: AzureEndpoints;
  /** Extra trusted CA (PEM): the simulator's self-signed loopback certificate. */
  readonly tlsCa?: string | undefined;
  /** The SDK retry policy: 429 waits for Retry-After (throttling strategy), 5xx/transport errors back off exponentially. */
  readonly retry?: PipelineRetryOptions | undefined;
  readonly timeoutMs?: number | undefined;
}

export const DEFAULT_RETRY: PipelineRetryOptions = { maxRetries: 6, retryDelayInMs: 800, maxRetryDelayInMs: 60_000 };

export function pipelineOptions(s: PipelineSettings): { retryOptions: PipelineRetryOptions; tlsOptions?: TlsSettings; userAgentOptions: { userAgentPrefix: string } } {
  return {
    retryOptions: { ...DEFAULT_RETRY, ...s.retry },
    ...(s.tlsCa ? { tlsOptions: { ca: s.tlsCa } } : {}),
    userAgentOptions: { userAgentPrefix: 'phiscan' },
  };
}

/** A failed call, classified for a coverage gap. The message is one line, without tokens. */
export class AzureCallError extends Error {
  constructor(readonly status: number | undefined, readonly code: string, readonly reason: GapReason, message: string) {
    super(message);
  }
}

export function classify(err: unknown, signal?: AbortSignal): AzureCallError {
  // --timeout: what the deadline cut off is a timeout gap, not an error.
  if (abortedByDeadline(signal)) return new AzureCallError(undefined, 'Timeout', 'timeout', DEADLINE_GAP_MESSAGE);
  if (err instanceof AzureCallError) return err;
  if (isRestError(err)) {
    const status = err.statusCode;
    const code = err.code ?? (status ? `HTTP${status}` : 'RestError');
    return new AzureCallError(status, code, reasonFor(status, code), oneLine(err.message));
  }
  const e = err as { name?: unknown; message?: unknown };
  // An abort the run did not ask for is the pipeline's own request timeout firing.
  if (e.name === 'AbortError') return signal?.aborted ? new AzureCallError(undefined, 'Aborted', 'error', 'collection aborted') : new AzureCallError(undefined, 'Timeout', 'timeout', 'no response within the request timeout');
  // @azure/identity: no usable credential in the chain, or the token request was refused.
  if (e.name === 'CredentialUnavailableError' || e.name === 'AuthenticationError' || e.name === 'AggregateAuthenticationError') {
    return new AzureCallError(undefined, e.name, 'access-denied', oneLine(`no Azure credential: ${typeof e.message === 'string' ? e.message : String(err)}`));
  }
  return new AzureCallError(undefined, typeof e.name === 'string' ? e.name : 'Error', 'error', oneLine(typeof e.message === 'string' ? e.message : String(err)));
}

function reasonFor(status: number | undefined, code: string): GapReason {
  if (status === 401 || status === 403 || /Authoriz|Forbidden|Denied/i.test(code)) return 'access-denied';
  if (status === 429) return 'throttled';
  if (status === 404) return /NotRegistered|FeatureNotSupported/i.test(code) ? 'not-enabled' : 'not-found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 409 && /NotRegistered|Disabled/i.test(code)) return 'not-enabled';
  if (status === 400 && /NotSupported|InvalidResourceType|NoRegisteredProviderFound/i.test(code)) return 'unsupported';
  return 'error';
}

/** One line, bounded, with anything that looks like a bearer token or JWT removed. */
export function oneLine(s: string): string {
  return (s.split('\n')[0] ?? '').replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer ***').replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***').slice(0, 300);
}

/**
 * Resource Graph announces its quota window in `x-ms-user-quota-resets-after` (hh:mm:ss). When a
 * 429 carries that but no Retry-After header, turn it into `retry-after-ms` so the SDK's throttling
 * retry waits for the window instead of failing the query (and forcing the slower ARM path).
 */
export const quotaResetPolicy: PipelinePolicy = {
  name: 'phiscanQuotaResetRetryAfter',
  async sendRequest(request, next) {
    const response = await next(request);
    const h = response.headers;
    if (response.status === 429 && !h.has('retry-after') && !h.has('retry-after-ms') && !h.has('x-ms-retry-after-ms')) {
      const m = /^(\d+):(\d{2}):(\d{2})$/.exec(h.get('x-ms-user-quota-resets-after') ?? '');
      if (m) h.set('retry-after-ms', String(Math.max(1000, ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000)));
    }
    return response;
  },
};

/**
 * The one rule for where a bearer token may go: a request is sent only to the origin of the
 * endpoint its client was made for. Added as the last policy of every pipeline phiscan builds
 * (the raw REST clients for ARM, Resource Graph and Microsoft Graph, and the generated ARM client
 * whose pager follows `nextLink`), it sees every request as it leaves, after redirects and after
 * the token is attached, and refuses any other origin: a `nextLink` or a redirect pointing
 * elsewhere ends that listing as a coverage gap and never carries the token away.
 */
export function guardOrigin(pipeline: Pipeline, endpoint: string): void {
  const origin = new URL(endpoint).origin;
  pipeline.addPolicy(
    {
      name: 'phiscanSameOriginOnly',
      sendRequest(request, next) {
        const target = new URL(request.url).origin;
        if (target !== origin) return Promise.reject(new AzureCallError(undefined, 'ForeignOrigin', 'error', `refused to send a request to ${target}: not the endpoint's origin ${origin} (a nextLink or redirect pointing elsewhere)`));
        return next(request);
      },
    },
    { afterPhase: 'Sign' },
  );
}

/**
 * Raw REST over the Azure SDK pipeline (bearer token, retry/throttling, TLS): ARM paths the
 * generated arm-resources client does not cover, Resource Graph and Microsoft Graph.
 */
export class RestClient {
  private readonly client: ServiceClient;

  constructor(private readonly baseUrl: string, scope: string, settings: PipelineSettings, private readonly signal?: AbortSignal) {
    this.client = new ServiceClient({ endpoint: baseUrl, credential: settings.credential, credentialScopes: [scope], ...pipelineOptions(settings) });
    // Inside the retry phase, so the SDK's throttling strategy sees the delay it adds.
    this.client.pipeline.addPolicy(quotaResetPolicy, { afterPhase: 'Retry' });
    guardOrigin(this.client.pipeline, baseUrl);
    this.timeoutMs = settings.timeoutMs ?? 60_000;
  }

  private readonly timeoutMs: number;

  async get(path: string, apiVersion?: string): Promise<JsonObject> {
    return this.send('GET', this.url(path, apiVersion));
  }

  async post(path: string, apiVersion: string, body: JsonObject): Promise<JsonObject> {
    return this.send('POST', this.url(path, apiVersion), body);
  }

  /** Every item of a list, following `nextLink` (ARM) or `@odata.nextLink` (Graph); `guardOrigin` keeps them on the endpoint's origin. */
  async list(path: string, apiVersion?: string): Promise<JsonObject[]> {
    const items: JsonObject[] = [];
    let url: string | undefined = this.url(path, apiVersion);
    for (let pages = 0; url; pages++) {
      if (pages > 10_000) throw new AzureCallError(undefined, 'PagingLoop', 'error', `more than 10000 pages at ${path}`);
      const page = await this.send('GET', url);
      if (Array.isArray(page.value)) for (const v of page.value) if (v && typeof v === 'object' && !Array.isArray(v)) items.push(v);
      const next = page.nextLink ?? page['@odata.nextLink'];
      url = typeof next === 'string' && next ? next : undefined;
    }
    return items;
  }

  private url(path: string, apiVersion: string | undefined): string {
    const u = new URL(path.startsWith('http') ? path : `${this.baseUrl.replace(/\/+$/, '')}${path}`);
    if (apiVersion) u.searchParams.set('api-version', apiVersion);
    return u.toString();
  }

  private async send(method: 'GET' | 'POST', url: string, body?: JsonObject): Promise<JsonObject> {
    if (this.signal?.aborted) throw classify(new DOMException('aborted', 'AbortError'), this.signal);
    const request = createPipelineRequest({
      url, method, timeout: this.timeoutMs, ...(this.signal ? { abortSignal: this.signal } : {}),
      headers: createHttpHeaders({ accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) }),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    let response;
    try {
      response = await this.client.sendRequest(request);
    } catch (err) {
      throw classify(err, this.signal);
    }
    const text = response.bodyAsText ?? '';
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = undefined;
    }
    if (response.status >= 200 && response.status < 300) {
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new AzureCallError(response.status, 'InvalidResponse', 'error', `non-JSON response from ${new URL(url).pathname}`);
      return parsed as JsonObject;
    }
    const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = typeof error?.code === 'string' ? error.code : `HTTP${response.status}`;
    const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
    throw new AzureCallError(response.status, code, reasonFor(response.status, code), oneLine(message));
  }
}
