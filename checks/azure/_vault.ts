import { fail, notAssessed, pass, type Verdict } from '../../src/engine/check-api.js';
import type { RecoveryServicesBackupPolicy } from '../../src/model/types/azure/index.js';

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

export const MUA_RATIONALE =
  'Multi-user authorization (MUA) puts critical vault operations (disabling soft delete or immutability, stopping protection with deletion, reducing retention, removing MUA itself) behind a Resource Guard that another team controls: a backup administrator, or an attacker holding that administrator\'s credentials, needs a just-in-time approval on the guard before the operation runs. A guard in a separate subscription or tenant is what makes it a technical control separate from the production administrators, which the NPRM proposes for backup and recovery (proposed 164.312(i)-(j)); the text does not name MUA: this is good practice that evidences separate controls.';

/** A vault protected by a Resource Guard, preferably one in another subscription. */
export function evaluateResourceGuard(guards: readonly string[] | undefined, vaultAccount: string | undefined): Verdict {
  const path = 'config.resourceGuardIds';
  if (guards === undefined) return notAssessed('the vault\'s Resource Guard proxies could not be read', [path, guards]);
  if (guards.length === 0) return fail('no Resource Guard protects the vault (multi-user authorization is off)', [path, guards]);
  const elsewhere = guards.some((g) => (/^\/subscriptions\/([^/]+)/i.exec(g)?.[1] ?? '').toLowerCase() !== (vaultAccount ?? '').toLowerCase());
  return pass(`a Resource Guard protects the vault${elsewhere ? ' from another subscription' : ' (in the vault\'s own subscription: a guard in a separate subscription or tenant separates control further)'}`, [path, guards]);
}

/** Policies that may protect something (a count of 0 protects nothing; an unknown count may). */
export function policiesInUse(vault: { readonly config: { readonly backupPolicies: readonly RecoveryServicesBackupPolicy[] | undefined } }): readonly RecoveryServicesBackupPolicy[] | undefined {
  return vault.config.backupPolicies?.filter((p) => p.protectedItemsCount !== 0);
}
