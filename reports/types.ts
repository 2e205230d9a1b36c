import type { Finding } from '../src/model/finding.js';
import type { ScanReport } from '../src/model/report.js';

export interface OutputFile {
  /** File name inside the output directory, e.g. `phiscan.sarif`. */
  readonly name: string;
  readonly content: string;
}

/** A previous run's findings: a ScanReport, or findings read back from a phiscan SARIF log. */
export interface Baseline {
  readonly findings: readonly Finding[];
}

export interface RenderOptions {
  /** A previous report, for baseline comparison (SARIF baselineState, diff). */
  readonly baseline?: Baseline;
}

/** A reporter is a pure function of the JSON report: no I/O, no clock, no randomness. */
export interface Reporter {
  readonly format: string;
  readonly description: string;
  render(report: ScanReport, options: RenderOptions): readonly OutputFile[];
}
