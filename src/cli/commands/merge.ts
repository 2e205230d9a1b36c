import { Command, Option } from 'commander';
import { mergeReports } from '../../merge/merge.js';
import { SEVERITIES, type Severity } from '../../model/finding.js';
import { addOutputOptions, renderOptionsOf, type OutputFlags } from '../options.js';
import { exitCodeFor, prepareOutput, summaryLine, writeReports } from '../pipeline.js';
import { withSignals } from '../interrupt.js';
import { printLine, printWarning } from '../terminal.js';
import { readReport } from '../report-file.js';

interface Flags extends OutputFlags {
  readonly allowPartial?: boolean;
  readonly failOn?: Severity;
  readonly strict?: boolean;
  readonly quiet?: boolean;
}

/** Combine shard reports (or reports of separate scopes) into one report, in any format. */
export function mergeCommand(): Command {
  return addOutputOptions(new Command('merge'))
    .argument('<reports...>', 'phiscan JSON reports')
    .option('--allow-partial', 'merge an incomplete shard set (the merged report says coverage partial)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a merged failing finding is at least this severe (default: exit 0 once written)').choices(SEVERITIES))
    .option('--strict', 'with --fail-on: exit 3 when merged coverage is incomplete')
    .option('-q, --quiet', 'no summary line on stderr')
    .action((files: string[], flags: Flags) =>
      withSignals(async (signal) => {
        const req = { formats: flags.format ?? ['json'], output: flags.output ?? 'phiscan-out', renderOptions: renderOptionsOf(flags, undefined) };
        await prepareOutput(req);
        const reports = [];
        for (const file of files) reports.push({ file, report: await readReport(file) });
        const { report, missingShards } = mergeReports(reports, { allowPartial: flags.allowPartial ?? false });
        const written = await writeReports(report, req, signal);
        if (missingShards.length > 0) printWarning(`merged an incomplete shard set; missing ${missingShards.join(', ')} of ${report.run.merged?.shards?.count ?? '?'}`);
        if (!flags.quiet) printLine(summaryLine(report, written));
        return flags.failOn ? exitCodeFor(report, flags.failOn, flags.strict ?? false) : 0;
      }),
    );
}
