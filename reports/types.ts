import type { ScanReport } from '../src/model/report.js';

export interface OutputFile {
  /** File name inside the output directory, e.g. `phiscan.sarif`. */
  readonly name: string;
  /** Text, or bytes for binary formats (PDF). */
  readonly content: string | Uint8Array;
}

export interface RenderOptions {
  /** A previous report, for baseline comparison (SARIF baselineState, diff). */
  readonly baseline?: ScanReport;
}

/** A reporter is a pure function of the JSON report: no I/O, no clock, no randomness. */
export interface Reporter {
  readonly format: string;
  readonly description: string;
  render(report: ScanReport, options: RenderOptions): readonly OutputFile[];
}
