import { Command, Option } from 'commander';
import { diffReports, newUnsuppressed } from '../../diff/diff.js';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../../diff/render.js';
import { atLeast, SEVERITIES, type Severity } from '../../model/finding.js';
import { EXIT } from '../exit-codes.js';
import { readReport } from '../report-file.js';

/** Compare two runs by finding fingerprint; exit 1 when new unsuppressed failures reach --fail-on. */
export function diffCommand(): Command {
  return new Command('diff')
    .argument('<old>', 'the earlier JSON report (the baseline)')
    .argument('<new>', 'the later JSON report')
    .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a new unsuppressed failing finding is at least this severe').choices(SEVERITIES).default('info'))
    .action(async (oldFile: string, newFile: string, flags: { format: DiffFormat; failOn: Severity }) => {
      const before = await readReport(oldFile);
      const after = await readReport(newFile);
      const diff = diffReports(before, after);
      process.stdout.write(renderDiff(diff, before, after, flags.format));
      process.exitCode = newUnsuppressed(diff).some((f) => atLeast(f.severity, flags.failOn)) ? EXIT.findings : EXIT.ok;
    });
}
