import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { ensureViews } from '../../engine/views.js';
import { REPORT_SCHEMA_VERSION, type ScanReport } from '../../model/report.js';
import { UsageError } from '../exit-codes.js';
import { loadBaseline } from '../baseline.js';
import { addOutputOptions, renderOptionsOf, type OutputFlags } from '../options.js';
import { prepareOutput, renderAll } from '../pipeline.js';
import { writeFilesAtomically } from '../write-atomic.js';

/** Re-render a saved JSON report in other formats, without rescanning. */
export function reportCommand(): Command {
  return addOutputOptions(new Command('report').description('re-render a JSON report in other formats without rescanning'))
    .requiredOption('--from <file>', 'a phiscan JSON report')
    .action(async (flags: OutputFlags & { from: string }) => {
      const report = await readReport(flags.from);
      const baseline = flags.baseline ? await loadBaseline(flags.baseline) : undefined;
      const req = { formats: flags.format ?? ['html'], output: flags.output ?? 'phiscan-out', renderOptions: renderOptionsOf(flags, baseline) };
      await prepareOutput(req);
      const written = await writeFilesAtomically(req.output, await renderAll(report, req));
      process.stderr.write(`phiscan: wrote ${written.join(', ')}\n`);
    });
}

export async function readReport(file: string): Promise<ScanReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not JSON: ${(err as Error).message}`);
  }
  return asScanReport(doc, file);
}

/** Check that a parsed document is a phiscan JSON report this version reads. */
export function asScanReport(doc: unknown, file: string): ScanReport {
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'string' || (doc as { tool?: { name?: unknown } }).tool?.name !== 'phiscan') throw new UsageError(`${file} is not a phiscan JSON report`);
  if (version.split('.')[0] !== REPORT_SCHEMA_VERSION.split('.')[0]) throw new UsageError(`${file} has report schema ${version}; this phiscan reads ${REPORT_SCHEMA_VERSION.split('.')[0]}.x`);
  return ensureViews(doc as ScanReport);
}
