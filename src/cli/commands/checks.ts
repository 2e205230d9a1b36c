import { Command, Option } from 'commander';
import { isRequirementId } from '../../nprm/index.js';
import { maxOf } from '../../lib/arrays.js';
import { terminalText } from '../../lib/text.js';
import { UsageError } from '../exit-codes.js';
import { repeatable } from '../options.js';
import { availableChecks } from '../select-checks.js';

interface Flags {
  readonly provider?: string;
  readonly requirement?: string;
  readonly json?: boolean;
  readonly checksDir?: string[];
}

export function checksCommand(): Command {
  return new Command('checks')
    .addOption(new Option('--provider <provider>', 'only this provider').choices(['aws', 'azure', 'gcp']))
    .option('--requirement <id>', 'only checks mapped to this requirement')
    .option('--json', 'machine-readable output')
    .option('--checks-dir <dir>', 'also list the user-written checks in DIR (repeatable; validated as `scan` does)', repeatable)
    .action(async (flags: Flags) => {
      if (flags.requirement && !isRequirementId(flags.requirement)) throw new UsageError(`--requirement: unknown requirement id "${flags.requirement}"`);
      const checks = (await availableChecks(flags.checksDir ?? [])).filter((c) => (!flags.provider || c.meta.provider === flags.provider) && (!flags.requirement || (c.meta.requirements as readonly string[]).includes(flags.requirement)))
        .map((c) => c.meta)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
        return;
      }
      const rows = checks.map((m) => [m.id, m.ephiSeverity ? `${m.severity}/${m.ephiSeverity}` : m.severity, m.requirements.join(','), m.custom ? `${m.title} (custom: ${m.custom.file})` : m.title]);
      process.stdout.write(table(['ID', 'SEVERITY', 'REQUIREMENTS', 'TITLE'], rows));
      process.stdout.write(`${checks.length} checks\n`);
    });
}

/** A plain-text table for the terminal; every cell made terminal-safe (cells may hold untrusted text). */
export function table(header: readonly string[], rowsIn: readonly (readonly string[])[]): string {
  const rows = rowsIn.map((r) => r.map(terminalText));
  const widths = header.map((h, i) => maxOf(rows.map((r) => (r[i] ?? '').length), h.length));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
