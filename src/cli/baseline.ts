import { readFile } from 'node:fs/promises';
import { findingsFromSarif } from '../../reports/sarif/read.js';
import type { Baseline } from '../../reports/types.js';
import { asScanReport } from './commands/report.js';
import { UsageError } from './exit-codes.js';

/** `--baseline FILE`: a previous phiscan SARIF log or JSON report; anything else is a usage error (exit 2). */
export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--baseline: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--baseline: ${file} is not JSON: ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
  if (doc && typeof doc === 'object' && 'runs' in doc) {
    try {
      return { findings: findingsFromSarif(doc), startedAt: sarifStartTime(doc) };
    } catch (err) {
      throw new UsageError(`--baseline: ${file}: ${(err as Error).message}`);
    }
  }
  try {
    const report = asScanReport(doc, file);
    return { findings: report.findings, startedAt: report.run.startedAt };
  } catch (err) {
    throw new UsageError(`--baseline: ${(err as Error).message}`);
  }
}

function sarifStartTime(doc: object): string | undefined {
  const runs = (doc as { runs?: { invocations?: { startTimeUtc?: unknown }[] }[] }).runs;
  const t = runs?.[0]?.invocations?.[0]?.startTimeUtc;
  return typeof t === 'string' ? t : undefined;
}
