import { Command } from 'commander';
import { loadBaseline } from '../baseline.js';
import { readReport } from '../report-file.js';
import { addOutputOptions, renderOptionsOf, type OutputFlags } from '../options.js';
import { prepareOutput, writeReports } from '../pipeline.js';
import { withSignals } from '../interrupt.js';
import { printLine } from '../terminal.js';

/** Re-render a saved JSON report in other formats, without rescanning. */
export function reportCommand(): Command {
  return addOutputOptions(new Command('report'))
    .requiredOption('--from <file>', 'a phiscan JSON report')
    .action((flags: OutputFlags & { from: string }) =>
      withSignals(async (signal) => {
        const req = { formats: flags.format ?? ['html'], output: flags.output ?? 'phiscan-out' };
        await prepareOutput(req);
        const report = await readReport(flags.from);
        const baseline = flags.baseline ? await loadBaseline(flags.baseline) : undefined;
        const written = await writeReports(report, { ...req, renderOptions: renderOptionsOf(flags, baseline) }, signal);
        printLine(`phiscan: wrote ${written.join(', ')}`);
        return 0;
      }),
    );
}
