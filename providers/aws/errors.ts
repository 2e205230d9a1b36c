import type { GapReason } from '../../src/model/coverage.js';

export interface ClassifiedError {
  readonly code: string;
  readonly reason: GapReason;
  readonly message: string;
}

const ACCESS = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedAccess|AuthFailure|AuthorizationError|UnrecognizedClientException|InvalidClientTokenId|ExpiredToken|ExpiredTokenException|CredentialsProviderError|AWSOrganizationsNotInUseException|SignatureDoesNotMatch)$/;
const THROTTLE = /^(Throttling|ThrottlingException|ThrottledException|RequestLimitExceeded|SlowDown|TooManyRequestsException|RequestThrottled|RequestThrottledException|LimitExceededException)$/;
const TIMEOUT = /^(TimeoutError|RequestTimeout|RequestTimeoutException)$/;

/** An SDK error as a coverage-gap reason, code and one-line message (never credentials). */
export function classify(err: unknown): ClassifiedError {
  const e = err as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: number } };
  const code = typeof e.Code === 'string' ? e.Code : typeof e.name === 'string' && e.name !== 'Error' ? e.name : typeof e.code === 'string' ? e.code : 'Error';
  const status = e.$metadata?.httpStatusCode;
  const reason: GapReason =
    ACCESS.test(code) ? 'access-denied'
    : THROTTLE.test(code) ? 'throttled'
    : TIMEOUT.test(code) || code === 'AbortError' ? 'timeout'
    : /NotFound|NoSuch/.test(code) ? 'not-found'
    : status === 403 ? 'access-denied'
    : 'error';
  const raw = typeof e.message === 'string' ? e.message : String(err);
  return { code, reason, message: oneLine(raw) };
}

/** First line, bounded, with access keys and session tokens masked. */
export function oneLine(s: string): string {
  return (s.split('\n')[0] ?? '').replace(/\b(A[KS]IA[A-Z0-9]{12,})\b/g, '***').replace(/(X-Amz-Security-Token=)[^&\s]+/g, '$1***').slice(0, 300);
}

/** The error code, for expected "absent" answers such as NoSuchBucketPolicy. */
export function errorCode(err: unknown): string {
  return classify(err).code;
}
