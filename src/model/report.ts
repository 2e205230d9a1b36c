/**
 * The JSON report: phiscan's stable machine contract (schema: reports/json/schema.json).
 * Every other reporter, and `phiscan report --from`, is a function of this document alone,
 * so it carries the metadata of the checks that ran and the catalog it was judged against.
 */
import type { CheckMeta } from '../engine/check-api.js';
import type { CoverageGap } from './coverage.js';
import type { Finding, Severity, Status } from './finding.js';
import type { Provider, ResourceSource, ResourceType } from './resource.js';
import type { NetworkPlacement } from './types/registry.js';
import type { ReportCatalog, Requirement, RequirementId } from '../nprm/catalog.js';
import type { CurrentRuleItem } from '../nprm/current-rule.js';

export const REPORT_SCHEMA_VERSION = '1.3.0';

export interface RunInput {
  /** `aws`, `azure`, `gcp`, `terraform-plan`, `terraform-dir`, `cdktf-out`, `inventory`, `demo`. */
  readonly kind: string;
  /** Accounts, subscriptions, projects, regions or file paths scanned. */
  readonly scope: readonly string[];
}

export interface RunMetadata {
  readonly command: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly inputs: readonly RunInput[];
  /** Principals used (ARNs, object ids, service-account e-mails), never secrets. */
  readonly identities: readonly string[];
  readonly options: {
    readonly failOn: Severity;
    readonly checks: readonly string[];
    readonly skipChecks: readonly string[];
    readonly requirements: readonly string[];
    readonly strict: boolean;
  };
  /** Present when the run covers one shard of a larger scope. */
  readonly shard?: { readonly index: number; readonly count: number };
  /**
   * sha256 over the metadata of the checks that ran (ids, severities, requirement mappings,
   * options): with `catalog.version`, identifies exactly which rules judged the run.
   */
  readonly checksDigest?: string;
  /** The configuration file used (path as given, sha256 of its bytes). */
  readonly config?: { readonly path: string; readonly sha256: string };
  /** The suppressions file used: entry counts, and labels of expired and unmatched entries. */
  readonly suppressions?: {
    readonly path: string;
    readonly sha256: string;
    readonly entries: number;
    readonly expired: readonly string[];
    readonly unmatched: readonly string[];
  };
  /** `--timeout`: the bound and whether it expired (unvisited work units are then coverage gaps). */
  readonly timeout?: { readonly limitMs: number; readonly expired: boolean };
  /** `--baseline`: the previous run compared against and the counts of failing findings by state. */
  readonly baseline?: {
    readonly startedAt: string;
    readonly new: number;
    readonly unchanged: number;
    readonly updated: number;
    /** Failing before, not failing now (fixed, or the resource is gone). */
    readonly absent: number;
  };
  /** `phiscan merge`: how many reports were combined, and the shard set when they were shards. */
  readonly merged?: { readonly reports: number; readonly shards?: { readonly count: number; readonly indices: readonly number[] } };
}

export interface InventoryEntry {
  readonly id: string;
  readonly type: ResourceType;
  readonly provider: Provider;
  readonly name: string;
  readonly account: string | null;
  readonly region: string | null;
  readonly tags: Readonly<Record<string, string>> | null;
  readonly ephi: boolean;
  readonly owner: string | null;
  readonly source: ResourceSource;
  readonly network?: NetworkPlacement;
  /**
   * How many of the checks that ran apply to this resource's type; 0 = no checks for this type
   * (inventoried, never judged: an `iac.unmapped` resource, or a type no selected check covers).
   * Absent in reports written before schema 1.2.
   */
  readonly checks?: number;
}

/**
 * Worst first. `excepted`: every deciding finding passes or is excepted under a recorded
 * exception, and at least one is excepted (docs/nprm.md).
 */
export const REQUIREMENT_STATUSES = ['fail', 'not_assessed', 'no-checks', 'not-assessable-by-configuration', 'excepted', 'pass', 'no-resources'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export interface RequirementSummary extends Requirement {
  /** Configuration evidence and attestation combined (docs/attestations.md). */
  readonly status: RequirementStatus;
  /** What the findings alone say, before attestations. */
  readonly configStatus: RequirementStatus;
  /** Checks whose findings decide the requirement (none when its cloud evidence is `none`). */
  readonly checkIds: readonly string[];
  readonly counts: Readonly<Record<Status, number>>;
  /** Checks shown as supporting evidence only: for a process requirement, every check mapped to it. */
  readonly supportingCheckIds: readonly string[];
  readonly supportingCounts: Readonly<Record<Status, number>>;
  /** Present when the run had an attestations file and the requirement expects or has attestations. */
  readonly attestation?: RequirementAttestation;
}

export interface AttestationScope {
  readonly accounts?: readonly string[];
  readonly subscriptions?: readonly string[];
  readonly projects?: readonly string[];
}

/**
 * `current`: the latest covering attestation for some scope unit, within its period.
 * `overdue`: the latest for some unit, past its due date. `superseded`: a later entry covers
 * every unit it covers. `out-of-scope`: it names no account, subscription or project of this scan.
 */
export type AttestationState = 'current' | 'overdue' | 'superseded' | 'out-of-scope';

export interface EvaluatedAttestation {
  readonly requirement: RequirementId;
  /** Calendar date (YYYY-MM-DD). */
  readonly performed: string;
  readonly attestedBy: string;
  /** `owner` from the file, else `attestedBy`. */
  readonly owner: string;
  readonly evidence: string;
  readonly scope: AttestationScope | null;
  readonly note: string | null;
  /** e.g. "6 months". */
  readonly period: string;
  /** performed + period (calendar arithmetic, month-end clamped); valid through this date. */
  readonly dueDate: string;
  readonly state: AttestationState;
}

/**
 * A recorded exception from the attestations file, as judged on the run date: `active` through
 * its review date, `expired` after it (it then excepts nothing and the run warns).
 */
export interface EvaluatedException {
  readonly requirement: RequirementId;
  /** Proposed paragraph of the ground, e.g. `164.312(b)(3)(i)`. */
  readonly ground: string;
  readonly groundTitle: string;
  /** Resource id patterns (`*` and `?`); null when the exception is scoped by account instead. */
  readonly resources: readonly string[] | null;
  readonly scope: AttestationScope | null;
  /** Check ids it is limited to; null for every check of the requirement. */
  readonly checks: readonly string[] | null;
  readonly compensatingControl: string;
  readonly owner: string;
  readonly reviewBy: string;
  readonly note: string | null;
  readonly state: 'active' | 'expired';
  /** How many findings it turned into `excepted`. */
  readonly findings: number;
}

export interface AttestationsSection {
  /** The attestations file as given on the command line. */
  readonly file: string;
  /** The date attestations were judged on: the UTC calendar date of the run clock. */
  readonly asOf: string;
  /** `provider:account` units the scan covered (`*` when it named none). */
  readonly scopeUnits: readonly string[];
  readonly entries: readonly EvaluatedAttestation[];
  /** Recorded exceptions, in file order (absent when the file records none). */
  readonly exceptions?: readonly EvaluatedException[];
}

export interface RequirementAttestation {
  readonly status: 'pass' | 'fail' | 'not_assessed';
  /** The requirement is a process (or periodic) one: without an attestation it is not assessed. */
  readonly expected: boolean;
  /** "attested 2026-03-02; next due 2026-09-02", "overdue since 2026-09-02", "no attestation". */
  readonly message: string;
  readonly period: string;
  /** `catalog`: the catalog's period; `annual-review`: no recurring period in the catalog, 12 months applies. */
  readonly periodSource: 'catalog' | 'annual-review';
  /** The oldest of the latest attestations across scope units (the one that binds). */
  readonly lastPerformed: string | null;
  /** The earliest due date across scope units: the next attestation is due by then. */
  readonly dueDate: string | null;
  readonly overdueSince: string | null;
  readonly owner: string | null;
  /** Indexes into `attestations.entries`. */
  readonly entries: readonly number[];
  /** Scope units without any attestation. */
  readonly uncovered: readonly string[];
}

/** A current Security Rule standard or implementation specification, judged on its own evidence (docs/nprm.md). */
export interface CurrentRuleSummary extends CurrentRuleItem {
  readonly status: RequirementStatus;
  /** Why the status is what it is, when a reader needs more than the word: addressable or required, attestation age. */
  readonly statusNote: string | null;
  /** Checks that evidence the item as the current text reads (for standards, with their specifications'). */
  readonly checkIds: readonly string[];
  readonly counts: Readonly<Record<Status, number>>;
  /** Checks that only support it (stricter than the text, or a measure the text leaves to the entity). */
  readonly supportingCheckIds: readonly string[];
  readonly supportingCounts: Readonly<Record<Status, number>>;
  /** What the attestations of `attestedBy` say under the current rule, when any were judged. */
  readonly attestation?: { readonly status: 'pass' | 'not_assessed'; readonly message: string };
}

export type RequirementStatusCounts = Readonly<Record<RequirementStatus, number>>;

export interface ReportSummary {
  readonly resources: number;
  readonly findings: Readonly<Record<Status, number>>;
  /** Failing, unsuppressed findings by severity. */
  readonly failuresBySeverity: Readonly<Record<Severity, number>>;
  readonly suppressed: number;
  readonly notApplicable: number;
  readonly gaps: number;
  readonly coverage: 'complete' | 'partial';
  /** Requirements per status in each view: NPRM readiness (requirements beyond the NPRM not counted) and the current rule. */
  readonly views: { readonly nprm: RequirementStatusCounts; readonly currentRule: RequirementStatusCounts };
}

/**
 * No finding passed or failed and no read failed: an empty plan, inputs whose resources no check
 * applies to, or only values unknown until apply. Coverage is "complete" then, but nothing was
 * judged: every output says so instead of showing a clean result (issue 19: a scan that read
 * nothing must never look green).
 */
export function nothingAssessed(s: Pick<ReportSummary, 'findings' | 'gaps'>): boolean {
  return s.gaps === 0 && s.findings.fail === 0 && s.findings.excepted === 0 && s.findings.pass === 0;
}

/**
 * Live providers the run asked for that reported coverage gaps and read not one resource: every
 * read failed (an API unreachable after sign-in, a scope refused as a whole). The report shows
 * gaps, but a scan that read nothing from a cloud must not exit 0 (issue 19).
 */
export function unreadProviders(report: Pick<ScanReport<FindingList>, 'run' | 'gaps' | 'resources'>): string[] {
  const live = new Set<string>(report.run.inputs.map((i) => i.kind));
  const unread = new Set<string>();
  for (const g of report.gaps) if (live.has(g.provider)) unread.add(g.provider);
  for (const r of report.resources) {
    if (unread.size === 0) break;
    if (r.source.kind === 'live') unread.delete(r.provider);
  }
  return [...unread].sort();
}

/** The sentence every output uses for a scan that assessed nothing. */
export function nothingAssessedText(s: Pick<ReportSummary, 'findings' | 'resources'>): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const why = s.resources === 0 ? 'the inputs held no resources'
    : s.findings.not_assessed > 0 ? `every one of the ${n(s.findings.not_assessed)} findings is not assessed (values unknown or not reported)`
    : `no check applied to the ${n(s.resources)} resources read`;
  return `${why}; nothing passed or failed`;
}

/**
 * Findings in report order, to be read front to back (possibly more than once): an array, or a
 * list spilled to a temporary file when a scan has too many to hold (src/engine/finding-store.ts).
 */
export interface FindingList extends Iterable<Finding> {
  readonly length: number;
}

/**
 * `F`: how the findings are held. Reports read from a file, merged or built by the library API hold
 * an array; a scan's report (`scan`'s pipeline) may hold a spilled list, which reporters read in order.
 */
export interface ScanReport<F extends FindingList = readonly Finding[]> {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: 'phiscan'; readonly version: string };
  readonly catalog: ReportCatalog;
  readonly run: RunMetadata;
  readonly summary: ReportSummary;
  readonly requirements: readonly RequirementSummary[];
  /** The current Security Rule view (45 CFR 164.308-316), from the same findings and attestations. */
  readonly currentRule: readonly CurrentRuleSummary[];
  /** Present when the scan had `--attestations FILE`. */
  readonly attestations?: AttestationsSection;
  readonly checks: readonly CheckMeta[];
  readonly resources: readonly InventoryEntry[];
  readonly findings: F;
  readonly gaps: readonly CoverageGap[];
}

export type { RequirementId };
