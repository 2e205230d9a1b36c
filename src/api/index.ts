/**
 * The scan and report functions of the public API (docs/api.md). Cheap to import: the scanner,
 * cloud SDKs and reporters load on the first call, so a check module that imports `defineCheck`
 * from 'phiscan' pulls in none of them.
 */
import type { EphiTagRule } from '../engine/ephi.js';
import type { Severity } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';

/** Report formats, as `--format` names them (test/api/api.test.ts checks this list against the reporters). */
export const FORMATS = ['json', 'sarif', 'html', 'network-map', 'inventory', 'junit', 'markdown', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * What to scan: the `phiscan scan` input flags, camelCased (`--terraform-plan` is `terraformPlan`),
 * validated as the CLI validates them. Live scans use each cloud's default credential chain.
 */
export interface ScanInputs {
  readonly terraformPlan?: readonly string[];
  readonly terraformDir?: readonly string[];
  readonly cdktfOut?: readonly string[];
  readonly aws?: boolean;
  readonly profile?: string;
  readonly region?: readonly string[];
  readonly allRegions?: boolean;
  readonly org?: boolean;
  readonly assumeRole?: string;
  readonly externalId?: string;
  readonly configAggregator?: string;
  readonly azure?: boolean;
  readonly subscription?: readonly string[];
  readonly managementGroup?: string;
  readonly project?: readonly string[];
  readonly folder?: string;
  readonly organization?: string;
}

/** The options of `scan`: the keys of phiscan.yaml that judge a run, plus the inputs. Nothing is read implicitly (no ./phiscan.yaml, no default suppressions file). */
export interface ScanOptions {
  readonly inputs: ScanInputs;
  readonly checks?: readonly string[];
  readonly skipChecks?: readonly string[];
  readonly requirements?: readonly string[];
  readonly severityOverrides?: Readonly<Record<string, Severity>>;
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly ephiTags?: readonly EphiTagRule[];
  /** Directories of user-written checks, as `--checks-dir` (docs/custom-checks.md). */
  readonly checksDirs?: readonly string[];
  /** Files, as the CLI flags of the same names. */
  readonly suppressions?: string;
  readonly baseline?: string;
  readonly attestations?: string;
  /** `--timeout` (e.g. `15m`): collection stops there and what was not read becomes coverage gaps. */
  readonly timeout?: string;
  /** `--shard I/N`. */
  readonly shard?: string;
  /** Aborts the scan (the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
  /** The run clock. Default: SOURCE_DATE_EPOCH when set, else the wall clock. */
  readonly now?: Date;
  /** Warnings (expired or unmatched suppressions, IaC input notes). Default: none. */
  readonly warn?: (line: string) => void;
}

export interface RenderOptions {
  /** A previous JSON report or SARIF log: SARIF `baselineState`. */
  readonly baseline?: string;
  /** SARIF: leave not-assessed findings out of the results (`omit`, default) or keep them as notes. */
  readonly sarifNotAssessed?: 'omit' | 'note';
}

export interface OutputFile {
  /** File name the CLI would write, e.g. `phiscan.sarif`. */
  readonly name: string;
  /** Text, or bytes for PDF. */
  readonly content: string | Uint8Array;
}

/**
 * Scan and return the JSON report (the machine contract, reports/json/schema.json). Input and
 * usage problems reject with an error whose `name` is `UsageError` or `InputError` (the CLI's
 * exit 2); a scan that read nothing never passes (see `report.gaps` and not-assessed findings).
 */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const { scanReport } = await import('./scan.js');
  return scanReport(options);
}

/** Render a report in one format: the files `phiscan report --from` would write. Pure: same report, same bytes. */
export async function render(report: ScanReport, format: Format, options: RenderOptions = {}): Promise<readonly OutputFile[]> {
  const { renderReport } = await import('./scan.js');
  return renderReport(report, format, options);
}

/** Read a saved JSON report (this schema major), validated, its summary and views recomputed from the findings (a disagreement is warned on stderr). */
export async function readReport(file: string): Promise<ScanReport> {
  const { readReport: read } = await import('../cli/report-file.js');
  return read(file);
}

/** The CLI's exit code for a report: 1 failing at or above `failOn` (default info), else 3 when `strict` and coverage is incomplete, else 0. */
export async function exitCode(report: ScanReport, policy: { readonly failOn?: Severity; readonly strict?: boolean } = {}): Promise<0 | 1 | 3> {
  const { exitCodeFor } = await import('../cli/pipeline.js');
  return exitCodeFor(report, policy.failOn ?? 'info', policy.strict ?? false) as 0 | 1 | 3;
}
