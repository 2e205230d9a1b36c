import type { Finding } from '../src/model/finding.js';
import type { FindingList, ScanReport } from '../src/model/report.js';

export type OutputChunk = string | Uint8Array;

/**
 * Text, bytes (PDF), or the same as chunks in order: a large document is produced piece by piece
 * and written as it comes, never held whole (`materialize` in reports/output.ts joins it).
 */
export type OutputContent = OutputChunk | Iterable<OutputChunk> | AsyncIterable<OutputChunk>;

export interface OutputFile {
  /** File name inside the output directory, e.g. `phiscan.sarif`. */
  readonly name: string;
  readonly content: OutputContent;
}

/** A file with its content in one piece (`materialize`). */
export interface WholeOutputFile extends OutputFile {
  readonly content: OutputChunk;
}

/** A previous run's findings: a ScanReport, or findings read back from a phiscan SARIF log. */
export interface Baseline {
  readonly findings: readonly Finding[];
  /** When the previous run started, when the file says. */
  readonly startedAt?: string | undefined;
}

/** `--sarif-not-assessed`: leave not-assessed findings out of the SARIF results (default), or keep them as notes. */
export const SARIF_NOT_ASSESSED_MODES = ['omit', 'note'] as const;
export type SarifNotAssessed = (typeof SARIF_NOT_ASSESSED_MODES)[number];

export interface RenderOptions {
  /** A previous report, for baseline comparison (SARIF baselineState, diff). */
  readonly baseline?: Baseline;
  /** SARIF: what to do with not-assessed findings (default `omit`). */
  readonly sarifNotAssessed?: SarifNotAssessed;
}

/**
 * A reporter is a pure function of the JSON report: no I/O, no clock, no randomness. Its findings
 * may be a list spilled to disk (a scan of millions): reporters read them front to back with
 * `for...of` (each pass reads the list again) and never index or copy them whole. Rendering
 * is asynchronous because the network map's layout engine (elkjs) only has an asynchronous API;
 * the result is still determined by the report and options alone. Content given as chunks is
 * produced while it is written (lazily), from the same report: the caller writes one format's
 * files before it renders the next, so only one format's output is in memory at a time.
 */
export interface Reporter {
  readonly format: string;
  readonly description: string;
  render(report: ScanReport<FindingList>, options: RenderOptions): Promise<readonly OutputFile[]>;
}
