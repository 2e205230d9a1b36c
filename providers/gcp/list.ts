import type { protos, v1 } from '@google-cloud/asset';
import type { GapReason } from '../../src/model/coverage.js';

export type Asset = protos.google.cloud.asset.v1.IAsset;
export type ContentType = 'RESOURCE' | 'IAM_POLICY' | 'ORG_POLICY';

export interface RetryPolicy {
  /** Attempts per page, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000 };

/** gRPC status codes (google.rpc.Code). */
const CODE_NAMES: Readonly<Record<number, string>> = {
  1: 'CANCELLED', 2: 'UNKNOWN', 3: 'INVALID_ARGUMENT', 4: 'DEADLINE_EXCEEDED', 5: 'NOT_FOUND', 7: 'PERMISSION_DENIED', 8: 'RESOURCE_EXHAUSTED',
  9: 'FAILED_PRECONDITION', 12: 'UNIMPLEMENTED', 13: 'INTERNAL', 14: 'UNAVAILABLE', 16: 'UNAUTHENTICATED',
};
const RETRYABLE = new Set(['RESOURCE_EXHAUSTED', 'UNAVAILABLE', 'DEADLINE_EXCEEDED']);

export class ListAssetsError extends Error {
  constructor(readonly code: string, readonly reason: GapReason, message: string) {
    super(message);
  }
}

export function classify(err: unknown): ListAssetsError {
  if (err instanceof ListAssetsError) return err;
  const e = err as { code?: unknown; details?: unknown; message?: unknown };
  const code = typeof e.code === 'number' ? (CODE_NAMES[e.code] ?? `CODE_${e.code}`) : typeof e.code === 'string' ? e.code : 'UNKNOWN';
  const detail = typeof e.details === 'string' && e.details ? e.details : typeof e.message === 'string' ? e.message : String(err);
  return new ListAssetsError(code, reasonFor(code), firstLine(detail));
}

function reasonFor(code: string): GapReason {
  switch (code) {
    case 'PERMISSION_DENIED':
    case 'UNAUTHENTICATED': return 'access-denied';
    case 'RESOURCE_EXHAUSTED': return 'throttled';
    case 'DEADLINE_EXCEEDED': return 'timeout';
    case 'NOT_FOUND': return 'not-found';
    case 'FAILED_PRECONDITION': return 'not-enabled';
    case 'UNIMPLEMENTED':
    case 'INVALID_ARGUMENT': return 'unsupported';
    default: return 'error';
  }
}

/** One line, bounded, with anything that looks like a token removed. */
function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').replace(/(ya29\.|Bearer\s+)[\w.-]+/g, '$1***').slice(0, 300);
}

export interface ListOptions {
  readonly pageSize: number;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly signal: AbortSignal | undefined;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * Every asset of the given types under `parent`, page by page (page tokens), each page retried
 * on RESOURCE_EXHAUSTED / UNAVAILABLE / DEADLINE_EXCEEDED with capped exponential backoff
 * (half fixed, half random). The client's own retries are off (`retry: null`) so this is the only policy.
 */
export async function* listAssetPages(client: v1.AssetServiceClient, parent: string, assetTypes: readonly string[], contentType: ContentType, opts: ListOptions): AsyncGenerator<Asset[]> {
  let pageToken = '';
  do {
    if (opts.signal?.aborted) throw new ListAssetsError('CANCELLED', 'error', 'collection aborted');
    const request = { parent, assetTypes: [...assetTypes], contentType, pageSize: opts.pageSize, pageToken };
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const [assets, , response] = await client.listAssets(request, { autoPaginate: false, retry: null, timeout: opts.timeoutMs });
        yield assets;
        pageToken = response?.nextPageToken ?? '';
        break;
      } catch (err) {
        const e = classify(err);
        if (!RETRYABLE.has(e.code) || attempt >= opts.retry.maxAttempts || opts.signal?.aborted) throw e;
        const cap = Math.min(opts.retry.maxDelayMs, opts.retry.baseDelayMs * 2 ** (attempt - 1));
        await opts.sleep(cap / 2 + Math.random() * (cap / 2));
      }
    }
  } while (pageToken);
}
