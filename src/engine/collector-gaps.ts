import type { Check } from './check-api.js';
import type { CoverageGap, GapReason } from '../model/coverage.js';
import type { Provider } from '../model/resource.js';
import { DEADLINE_GAP_MESSAGE } from './deadline.js';

const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'gcp'];

/**
 * When a whole collector fails (throws mid-stream, e.g. assumed-role credentials expire and
 * cannot be refreshed) or must be abandoned at the deadline, what it did not read becomes
 * coverage gaps: one per provider it could have covered, naming every resource type the
 * selected checks evaluate there. So the run still ends in an honest report, never a crash
 * and never "compliant".
 */
export function collectorGaps(inputKind: string, checks: readonly Check[], cause: { readonly kind: 'deadline' } | { readonly kind: 'error'; readonly error: unknown }): CoverageGap[] {
  const providers: readonly Provider[] = (PROVIDERS as readonly string[]).includes(inputKind) ? [inputKind as Provider] : PROVIDERS;
  const { reason, errorCode, message } = cause.kind === 'deadline' ? { reason: 'timeout' as const, errorCode: undefined, message: DEADLINE_GAP_MESSAGE } : describeError(cause.error);
  return providers.flatMap((provider) => {
    const resourceTypes = [...new Set(checks.filter((c) => c.meta.provider === provider).flatMap((c) => c.meta.resourceTypes))].sort();
    if (resourceTypes.length === 0) return [];
    return [{ provider, service: 'collector', operation: `collect:${inputKind}`, account: undefined, region: undefined, resourceTypes, reason, errorCode, message }];
  });
}

/** Expired or refused credentials read as access-denied; anything else as error. One line, no secrets. */
export function describeError(error: unknown): { reason: GapReason; errorCode: string | undefined; message: string } {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' && e.name !== 'Error' ? e.name : undefined;
  const raw = typeof e?.message === 'string' ? e.message : String(error);
  const credentials = /expired?token|token.?expired|credentials?|unauthenticated|invalid_grant|authentication|security token/i.test(`${code ?? ''} ${raw}`);
  return { reason: credentials ? 'access-denied' : 'error', errorCode: code, message: `collector stopped: ${scrub(raw)}` };
}

function scrub(s: string): string {
  return (s.split('\n')[0] ?? '')
    .replace(/(ya29\.|Bearer\s+|AWSAccessKeyId=|X-Amz-Security-Token=|sig=)[\w.%/+=-]+/gi, '$1***')
    .replace(/\b(A(?:KIA|SIA)[A-Z0-9]{16})\b/g, '***')
    .slice(0, 300);
}
