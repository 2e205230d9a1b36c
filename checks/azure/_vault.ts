import { fail, notAssessed, pass, type Verdict } from '../../src/engine/check-api.js';

/** Shared wording and logic for the Recovery Services vault and Backup vault checks (same controls, different ARM spellings). */

export const SOFT_DELETE_RATIONALE =
  'Soft delete keeps deleted backup data for at least 14 days, so an attacker or administrator who stops protection and deletes the backups cannot destroy the only restorable copy of ePHI at once. AlwaysOn makes the setting irreversible.';

export const IMMUTABILITY_RATIONALE =
  'An immutable vault blocks operations that would shorten retention or delete recovery points before they expire. Unlocked immutability can still be switched off by a vault administrator; locked immutability cannot, which makes the backups a control separate from the production administrators.';

export const GEO_RATIONALE =
  'Geo-redundant vault storage keeps a copy of the backups in the paired region, and cross-region restore lets you restore there at any time instead of waiting for Microsoft to declare a regional disaster. Locally or zone-redundant vaults share the fate of the primary region. Geo-redundancy guards against a regional outage, not against the administrators and credentials that can delete the backups: it is not separation by itself (immutability, soft delete and copies under other administrators are).';

export function evaluateImmutability(state: 'Disabled' | 'Unlocked' | 'Locked' | null | undefined, requireLocked: boolean): Verdict {
  const path = 'config.immutabilityState';
  if (state === undefined) return notAssessed('the vault security settings could not be read', [path, state]);
  if (state === 'Locked') return pass('immutability is enabled and locked', [path, state]);
  if (state === 'Unlocked') return requireLocked ? fail('immutability is enabled but not locked, so an administrator can turn it off', [path, state]) : pass('immutability is enabled (unlocked)', [path, state]);
  return fail('the vault is not immutable', [path, state]);
}

export const IMMUTABILITY_OPTIONS = { requireLocked: true };
