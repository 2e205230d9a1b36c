import { hash } from 'node:crypto';

/** Stable finding identity: check id + resource id, never line numbers or timestamps. */
export function findingFingerprint(checkId: string, resourceId: string): string {
  // One-shot hash: a Hash object per finding was a tenth of the evaluation profile.
  return hash('sha256', `${checkId}\u0000${resourceId}`, 'hex').slice(0, 32);
}
