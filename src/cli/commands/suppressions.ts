import { Command } from 'commander';
import { createSuppressionMatcher, daysLeft, entryLabel, isExpired } from '../../suppressions/match.js';
import { discoverSuppressions, SUPPRESSIONS_FILE_NAME } from '../../suppressions/file.js';
import { terminalJson } from '../../lib/text.js';
import { runClock } from '../clock.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { table } from './checks.js';
import { readReport } from '../report-file.js';

interface Flags {
  readonly file?: string;
  readonly check?: boolean;
  readonly within: string;
  readonly report?: string;
  readonly json?: boolean;
}

/**
 * List suppressions and their expiry. `--check` lists only entries expired or expiring within
 * N days and exits 1 when there are any (for a scheduled reminder job); `--report` also lists
 * entries that match no failing or not-assessed finding of a saved report (stale entries).
 */
export function suppressionsCommand(): Command {
  return new Command('suppressions')
    .option('--file <file>', `suppressions file (default: ./${SUPPRESSIONS_FILE_NAME})`)
    .option('--check', 'only entries expired or expiring within --within days; exit 1 when there are any')
    .option('--within <days>', 'days ahead for --check', '30')
    .option('--report <file>', 'a phiscan JSON report: also list entries that match none of its failing or not-assessed findings; exit 1 when there are any')
    .option('--json', 'machine-readable output')
    .action(async (flags: Flags) => {
      if (!/^\d{1,5}$/.test(flags.within)) throw new UsageError(`--within expects a whole number of days, got "${flags.within}"`);
      const within = Number(flags.within);
      const file = await discoverSuppressions(flags.file);
      if (!file) throw new UsageError(`no suppressions file: ./${SUPPRESSIONS_FILE_NAME} not found (use --file)`);
      const now = runClock()();
      let unmatched = new Set<number>();
      if (flags.report) {
        const report = await readReport(flags.report);
        const matcher = createSuppressionMatcher(file.entries, now);
        // The matcher ignores a finding's saved suppression: entries are matched afresh.
        for (const f of report.findings) matcher.suppress(f);
        unmatched = new Set(matcher.unmatched());
      }
      const rows = file.entries.map((e, i) => {
        const days = daysLeft(e, now);
        const state = isExpired(e, now) ? 'expired' : days <= within ? 'expiring' : 'active';
        return { index: i + 1, label: entryLabel(e, i), state, daysLeft: days, expires: e.expires, owner: e.owner, reason: e.reason, matchesNothing: unmatched.has(i) };
      });
      const listed = rows.filter((r) => !flags.check || r.state !== 'active' || r.matchesNothing);
      if (flags.json) process.stdout.write(terminalJson(listed));
      else {
        process.stdout.write(table(['ENTRY', 'STATE', 'EXPIRES', 'DAYS', 'OWNER', 'REASON'], listed.map((r) => [r.label, r.matchesNothing ? `${r.state}, matches nothing` : r.state, r.expires, String(r.daysLeft), r.owner, r.reason])));
        process.stdout.write(`${file.entries.length} entries: ${rows.filter((r) => r.state === 'expired').length} expired, ${rows.filter((r) => r.state === 'expiring').length} expiring within ${within} days${flags.report ? `, ${unmatched.size} matching nothing` : ''}\n`);
      }
      const attention = rows.some((r) => r.state !== 'active' || r.matchesNothing);
      process.exitCode = flags.check && attention ? EXIT.findings : EXIT.ok;
    });
}
