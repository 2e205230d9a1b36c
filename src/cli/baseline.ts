import { findingsFromSarif, NotPhiscanSarif } from '../../reports/sarif/read.js';
import type { Baseline } from '../../reports/types.js';
import { MAX_REPORT_INPUT_BYTES, readInputFile } from '../lib/input-file.js';
import { parseJsonText } from '../lib/parse-input.js';
import { UsageError } from './exit-codes.js';
import { reportFromDocument } from './report-file.js';

const WHAT = '--baseline';

/** `--baseline FILE`: a previous phiscan SARIF log or JSON report, validated; anything else is a usage error (exit 2). */
export async function loadBaseline(file: string): Promise<Baseline> {
  const doc = parseJsonText(await readInputFile(file, WHAT, MAX_REPORT_INPUT_BYTES), file, WHAT);
  if (doc && typeof doc === 'object' && 'runs' in doc) {
    try {
      return { findings: findingsFromSarif(doc), startedAt: sarifStartTime(doc) };
    } catch (err) {
      if (err instanceof NotPhiscanSarif) throw new UsageError(`${WHAT} ${file}: ${err.message}`);
      throw err;
    }
  }
  const report = reportFromDocument(doc, file, WHAT);
  return { findings: report.findings, startedAt: report.run.startedAt };
}

function sarifStartTime(doc: object): string | undefined {
  const runs = (doc as { runs?: { invocations?: { startTimeUtc?: unknown }[] }[] }).runs;
  const t = runs?.[0]?.invocations?.[0]?.startTimeUtc;
  return typeof t === 'string' ? t : undefined;
}
