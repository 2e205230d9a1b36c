import { Command } from 'commander';
import { loadBaseline } from '../baseline.js';
import { readReport } from '../report-file.js';
import { addOutputOptions, type OutputFlags } from '../options.js';
import { prepareOutput, renderAll } from '../pipeline.js';
import { writeFilesAtomically } from '../write-atomic.js';

/** Re-render a saved JSON report in other formats, without rescanning. */
export function reportCommand(): Command {
  return addOutputOptions(new Command('report').description('re-render a JSON report in other formats without rescanning'))
    .requiredOption('--from <file>', 'a phiscan JSON report')
    .action(async (flags: OutputFlags & { from: string }) => {
      const report = await readReport(flags.from);
      const baseline = flags.baseline ? await loadBaseline(flags.baseline) : undefined;
      const req = { formats: flags.format ?? ['html'], output: flags.output ?? 'phiscan-out', ...(baseline ? { renderOptions: { baseline } } : {}) };
      await prepareOutput(req);
      const written = await writeFilesAtomically(req.output, renderAll(report, req));
      process.stderr.write(`phiscan: wrote ${written.join(', ')}\n`);
    });
}
