import { ephiOnly as ephiScope, notAssessed, pass, type CheckContext, type InventoryView, type Verdict } from '../../src/engine/check-api.js';
import { byString } from '../../src/model/order.js';
import type { Resource, ResourceType } from '../../src/model/resource.js';
import { PUBLIC_MEMBERS, type IamBinding } from '../../src/model/types/gcp/index.js';

/** Shared wording and helpers for GCP checks (not a check: the leading underscore keeps it out of the registry). */

/** Controls required for ePHI only: other resources get no finding (unreadable tags: not assessed). */
export const ephiOnly = (r: Resource, ctx: CheckContext): Verdict | undefined => ephiScope(r, ctx, 'not labelled as holding ePHI');

/**
 * Why a project field is unknown. Live, its read failed; from IaC, the project exists before the
 * configuration, which declares its audit configs only, so "could not be read" would mislead.
 */
export function projectUnknown(project: Resource, live: string, what: string): string {
  return project.source.kind === 'iac' ? `${what}: not in the configuration (the project exists before it; scan the project live)` : live;
}

export function publicMembers(bindings: readonly IamBinding[]): string[] {
  return [...new Set(bindings.flatMap((b) => b.members.filter((m) => PUBLIC_MEMBERS.includes(m))))].sort();
}

export const CMEK_RATIONALE =
  'Key management beyond the NPRM: Google already encrypts all data at rest with Google-managed keys, which is encryption as the NPRM proposes it. A customer-managed Cloud KMS key (CMEK) adds an IAM policy on decryption, Cloud Audit Logs of every key use, rotation under your control and the ability to disable the key to make the data unreadable.';

export const GOOGLE_ENCRYPTION = 'Google Cloud encrypts all customer content at rest with AES-256, with Google-managed keys unless a customer-managed Cloud KMS key (CMEK) is set; it cannot be turned off.';

/** Encryption at rest of a Google Cloud store: Google-managed keys (null) or a CMEK key; unreadable is not assessed. */
export function googleEncryptionVerdict(path: string, kmsKeyName: string | null | undefined): Verdict {
  if (kmsKeyName === undefined) return notAssessed('the encryption key could not be read', [path, kmsKeyName]);
  return pass(kmsKeyName === null ? 'encrypted at rest with Google-managed keys' : 'encrypted at rest with a customer-managed key', [path, kmsKeyName]);
}

export { isAnywhere } from '../../src/model/types/gcp/common.js';

/** Coverage gaps in the resource's project (or above it) that hide one of `types`, described in one line each. */
export function unreadTypes(r: Resource, ctx: CheckContext, types: readonly ResourceType[]): string[] {
  return ctx.gaps
    .filter((g) => g.provider === 'gcp' && (g.account === undefined || r.account === undefined || g.account === r.account) && g.resourceTypes.some((t) => types.includes(t)))
    .map((g) => `${g.service}:${g.operation} ${g.reason} (${g.resourceTypes.filter((t) => types.includes(t)).join(', ')})`);
}

/** The collected project a resource belongs to. */
export function projectOf(r: Resource, inventory: InventoryView): Resource<'gcp.resourcemanager.project'> | undefined {
  return inventory.ofType('gcp.resourcemanager.project').find((p) => p.account === r.account);
}

/**
 * The project id a resource name or URL names (`projects/P/...`), with project numbers turned into
 * ids through the collected projects; undefined when the name carries no project.
 */
export function projectIdIn(name: string | undefined, ctx: CheckContext): string | undefined {
  const m = /(?:^|\/)projects\/([^/]+)\//.exec(name ?? '');
  if (!m?.[1]) return undefined;
  const ref = m[1];
  if (!/^\d+$/.test(ref)) return ref;
  return ctx.inventory.ofType('gcp.resourcemanager.project').find((p) => p.config.projectNumber === ref)?.account ?? `#${ref}`;
}

/** The collected resources of a type in the resource's project, by id: evidence is the same whatever order they arrived in. */
export function inProject<T extends ResourceType>(r: Resource, inventory: InventoryView, type: T): Resource<T>[] {
  return inventory.ofType(type).filter((x) => x.account === r.account).sort((a, b) => byString(a.id, b.id));
}
