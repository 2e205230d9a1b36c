import { createHash } from 'node:crypto';

/** Stable finding identity: check id + resource id, never line numbers or timestamps. */
export function findingFingerprint(checkId: string, resourceId: string): string {
  return createHash('sha256').update(checkId).update('\u0000').update(resourceId).digest('hex').slice(0, 32);
}
