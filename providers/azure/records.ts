import type { ResourceType } from '../../src/model/resource.js';
import type { PatchAssessment } from '../../src/model/types/azure/index.js';
import type { AzureCallError, JsonObject } from './rest.js';

/** One ARM resource as read from Resource Graph or ARM `getById`, in one shape. */
export interface ArmRecord {
  readonly id: string;
  readonly name: string;
  /** ARM type as returned (Resource Graph lower-cases it): compare case-insensitively. */
  readonly type: string;
  readonly location: string | null;
  readonly subscriptionId: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly sku: JsonObject | null;
  readonly kind: string | null;
  readonly managedBy: string | null;
  readonly properties: JsonObject;
}

/** A sub-resource or setting read at `{resourceId}/{path}`. */
export interface ChildSpec {
  readonly key: string;
  readonly path: string;
  readonly apiVersion: string;
  /** A list (`value` + nextLink) rather than one object. */
  readonly list?: boolean;
  /** 404 means "not configured" (null), not a failure. */
  readonly notFoundIsAbsent?: boolean;
  /** RBAC action the call needs, named in the coverage gap. */
  readonly action: string;
  /** Read only when this holds (e.g. a fallback for older resources); otherwise the child is null. */
  readonly when?: (r: ArmRecord) => boolean;
  /** Resources derived from this list (keys, secrets), hidden with the parent when the read fails. */
  readonly derives?: readonly ResourceType[];
}

export type ChildResult = { readonly ok: true; readonly value: JsonObject | JsonObject[] | null } | { readonly ok: false; readonly error: AzureCallError };

/** What a mapper sees of a resource's children: undefined = could not be read, null = absent. */
export interface Children {
  one(key: string): JsonObject | null | undefined;
  list(key: string): JsonObject[] | undefined;
}

export function childrenOf(results: ReadonlyMap<string, ChildResult>): Children {
  return {
    one(key) {
      const r = results.get(key);
      if (!r || !r.ok) return undefined;
      return Array.isArray(r.value) ? undefined : r.value;
    },
    list(key) {
      const r = results.get(key);
      if (!r || !r.ok) return undefined;
      return Array.isArray(r.value) ? r.value : r.value === null ? [] : undefined;
    },
  };
}

/** Data joined across resources of one subscription. undefined = the source could not be read. */
export interface Joins {
  readonly nics: ReadonlyMap<string, ArmRecord> | undefined;
  readonly flowLogs: readonly ArmRecord[] | undefined;
  /** Lower-cased `sourceResourceId`s of every Recovery Services protected item. */
  readonly protectedSourceIds: ReadonlySet<string> | undefined;
  /** Latest Update Manager assessment per lower-cased VM id (Resource Graph `patchassessmentresources`). */
  readonly patchAssessments: ReadonlyMap<string, PatchAssessment> | undefined;
}
