import { InvalidReport, parseScanReport } from '../../reports/json/read.js';
import { MAX_REPORT_INPUT_BYTES, readInputFile } from '../lib/input-file.js';
import { parseJsonText } from '../lib/parse-input.js';
import type { ScanReport } from '../model/report.js';
import { UsageError } from './exit-codes.js';
import { printWarning } from './terminal.js';

/**
 * A phiscan JSON report named on the command line, validated against the report schema (exit 2
 * with one line otherwise). A summary that disagrees with the findings is recomputed from them,
 * with one warning line: the findings are the data, the summary is derived from them.
 */
export async function readReport(file: string, what = 'report', warn: (message: string) => void = printWarning): Promise<ScanReport> {
  const text = await readInputFile(file, what, MAX_REPORT_INPUT_BYTES);
  return reportFromDocument(parseJsonText(text, file, what), file, what, warn);
}

export function reportFromDocument(doc: unknown, file: string, what: string, warn: (message: string) => void = printWarning): ScanReport {
  let read;
  try {
    read = parseScanReport(doc);
  } catch (err) {
    if (err instanceof InvalidReport) throw new UsageError(`${what} ${file}: ${err.message}`);
    throw err;
  }
  const [first, ...more] = read.disagreements;
  if (first) warn(`${file}: the summary disagrees with the findings (${first}${more.length > 0 ? ` and ${more.length} more` : ''}); using counts recomputed from the findings`);
  return read.report;
}
