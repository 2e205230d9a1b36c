import type { Finding } from '../src/model/finding.js';
import type { ScanReport } from '../src/model/report.js';

export interface OutputFile {
  /** File name inside the output directory, e.g. `phiscan.sarif`. */
  readonly name: string;
  /** Text, or bytes for binary formats (PDF). */
  readonly content: string | Uint8Array;
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
 * A reporter is a pure function of the JSON report: no I/O, no clock, no randomness. Rendering
 * is asynchronous because the network map's layout engine (elkjs) only has an asynchronous API;
 * the result is still determined by the report and options alone.
 */
export interface Reporter {
  readonly format: string;
  readonly description: string;
  render(report: ScanReport, options: RenderOptions): Promise<readonly OutputFile[]>;
}
