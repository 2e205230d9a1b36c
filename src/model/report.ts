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
import type { Requirement, RequirementId } from '../nprm/catalog.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

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
}

export type RequirementStatus = 'pass' | 'fail' | 'not_assessed' | 'no-resources' | 'no-checks' | 'not-assessable-by-configuration';

export interface RequirementSummary extends Requirement {
  readonly status: RequirementStatus;
  readonly checkIds: readonly string[];
  readonly counts: Readonly<Record<Status, number>>;
}

export interface ReportSummary {
  readonly resources: number;
  readonly findings: Readonly<Record<Status, number>>;
  /** Failing, unsuppressed findings by severity. */
  readonly failuresBySeverity: Readonly<Record<Severity, number>>;
  readonly suppressed: number;
  readonly notApplicable: number;
  readonly gaps: number;
  readonly coverage: 'complete' | 'partial';
}

export interface ScanReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: 'phiscan'; readonly version: string };
  readonly catalog: {
    readonly version: string;
    readonly asOf: string;
    readonly rin: string;
    readonly federalRegister: string;
    readonly status: string;
    readonly statusNote: string;
  };
  readonly run: RunMetadata;
  readonly summary: ReportSummary;
  readonly requirements: readonly RequirementSummary[];
  readonly checks: readonly CheckMeta[];
  readonly resources: readonly InventoryEntry[];
  readonly findings: readonly Finding[];
  readonly gaps: readonly CoverageGap[];
}

export type { RequirementId };
