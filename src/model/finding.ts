import type { RequirementId } from '../nprm/catalog.js';
import type { Provider, ResourceSource, ResourceType } from './resource.js';

/**
 * `excepted`: a failing finding that a recorded exception (attestations file, a ground from the
 * proposed text, compensating control, owner, review date) accounts for. Not a pass, not a
 * suppression, and it does not fail the run.
 */
export const STATUSES = ['fail', 'excepted', 'not_assessed', 'pass'] as const;
export type Status = (typeof STATUSES)[number];

/** Most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) <= severityRank(threshold);
}

/** JSON-safe observed value. `undefined` (not known) is carried as the `unknown` flag. */
export type Observed = string | number | boolean | null | readonly Observed[] | { readonly [k: string]: Observed };

export interface Evidence {
  /** Attribute path that decided the verdict, e.g. `config.defaultEncryption.algorithm`. */
  readonly path: string;
  /** The value seen; null when known absent. */
  readonly observed: Observed;
  /** True when the value could not be determined (observed is then null). */
  readonly unknown?: true;
}

export interface ResourceRef {
  readonly id: string;
  readonly type: ResourceType;
  readonly provider: Provider;
  readonly name: string;
  readonly account: string | undefined;
  readonly region: string | undefined;
  readonly source: ResourceSource | { readonly kind: 'scope' };
}

export interface Suppression {
  readonly reason: string;
  readonly source: 'inline' | 'config' | 'suppressions-file';
  readonly owner?: string;
  readonly expires?: string;
}

/** The recorded exception an `excepted` finding falls under. */
export interface FindingException {
  /** The requirement the exception is recorded for (encryption, MFA or patching). */
  readonly requirement: RequirementId;
  /** The proposed paragraph of the ground, e.g. `164.312(b)(3)(i)`. */
  readonly ground: string;
  readonly groundTitle: string;
  readonly compensatingControl: string;
  readonly owner: string;
  /** Calendar date (YYYY-MM-DD) through which the exception applies. */
  readonly reviewBy: string;
  /** 1-based position in the attestations file's `exceptions` list. */
  readonly entry: number;
}

export interface Finding {
  readonly checkId: string;
  readonly status: Status;
  /** The check's severity, raised to its ePHI severity when the resource holds ePHI. */
  readonly severity: Severity;
  readonly requirements: readonly RequirementId[];
  readonly resource: ResourceRef;
  readonly ephi: boolean;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  /** One-line remediation summary; full steps are in the check's metadata. */
  readonly remediation: string;
  /** Stable identity across scans: hash of check id and resource id. */
  readonly fingerprint: string;
  readonly suppression?: Suppression;
  /** Present exactly when `status` is `excepted`. */
  readonly exception?: FindingException;
  /**
   * Against `--baseline` (failing findings only): `new` (not failing before), `unchanged`,
   * `updated` (failing before with another severity). SARIF's baselineState uses the same words.
   */
  readonly baselineState?: BaselineState;
}

export const BASELINE_STATES = ['new', 'unchanged', 'updated'] as const;
export type BaselineState = (typeof BASELINE_STATES)[number];
