/**
 * Coverage of external HIPAA reference lists (AWS Config conformance pack, Prowler, Azure Policy)
 * by phiscan checks. Each list is data; docs/coverage.md is generated from it and a test keeps
 * both in step and every named check real.
 */

export type Cloud = 'aws' | 'azure' | 'gcp';

/**
 * How phiscan stands against one external item.
 * - covered: the checks evaluate the same condition (or a stricter one: a pass implies the item's pass).
 * - partial: the checks evaluate part of it (narrower scope, other threshold, other mechanism); `note` says which part.
 * - out-of-scope: not something a configuration scanner for ePHI safeguards should judge; `reason` says why.
 * - uncovered: in scope, but no check evaluates it yet; `reason` says what is missing.
 */
export type Coverage =
  | { readonly status: 'covered'; readonly checks: readonly string[]; readonly note?: string }
  | { readonly status: 'partial'; readonly checks: readonly string[]; readonly note: string }
  | { readonly status: 'out-of-scope'; readonly reason: string }
  | { readonly status: 'uncovered'; readonly reason: string };

export type CoverageStatus = Coverage['status'];

export const covered = (checks: readonly string[], note?: string): Coverage => (note ? { status: 'covered', checks, note } : { status: 'covered', checks });
export const partial = (checks: readonly string[], note: string): Coverage => ({ status: 'partial', checks, note });
export const outOfScope = (reason: string): Coverage => ({ status: 'out-of-scope', reason });
export const uncovered = (reason: string): Coverage => ({ status: 'uncovered', reason });

/** Where a list was read: repository, path, commit of the stored copy, and the list's own version if it has one. */
export interface ListSource {
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
  readonly version?: string;
}

/** One row of a reference list as the generated document shows it. */
export interface CoverageRow {
  /** The external identifier (AWS Config rule name, Prowler requirement id, Azure Policy reference id). */
  readonly id: string;
  /** Further identifiers or the item's name (managed rule identifier, requirement name, definition GUID). */
  readonly detail: string;
  readonly coverage: Coverage;
}

export interface ReferenceList {
  /** Stable key, also the section anchor in docs/coverage.md. */
  readonly key: string;
  readonly title: string;
  readonly cloud: Cloud;
  readonly source: ListSource;
  /** What the list holds and what was left out of it, in one or two sentences. */
  readonly scope: string;
  readonly idHeader: string;
  readonly detailHeader: string;
  readonly rows: readonly CoverageRow[];
  /** Prowler lists: the mapping of each Prowler check, from which the requirement rows are derived. */
  readonly parts?: { readonly header: string; readonly rows: readonly CoverageRow[] };
}

/** Every phiscan check id a coverage names (empty for out-of-scope and uncovered). */
export function coverageChecks(c: Coverage): readonly string[] {
  return c.status === 'covered' || c.status === 'partial' ? c.checks : [];
}
