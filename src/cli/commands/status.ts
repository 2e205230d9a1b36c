import { Command, Option } from 'commander';
import { utcCalendarDate } from '../../attest/calendar-date.js';
import { dueReport, renderDueMarkdown, renderDueText } from '../../attest/due.js';
import { evaluateAttestations, scopeUnitsOf, type ScopeUnit } from '../../attest/evaluate.js';
import { loadAttestations } from '../../attest/file.js';
import type { Provider } from '../../model/resource.js';
import { terminalJson } from '../../lib/text.js';
import { runClock } from '../clock.js';
import { UsageError } from '../exit-codes.js';
import { INPUTS } from '../inputs/index.js';
import type { SelectedInput } from '../inputs/types.js';
import { readReport } from '../report-file.js';

interface StatusFlags {
  readonly from?: string;
  readonly attestations: string;
  readonly within: string;
  readonly format: 'text' | 'markdown' | 'json';
}

/**
 * What is due in the next 30/60/90 days, by requirement and owner. Scope (accounts,
 * subscriptions, projects) comes from a saved report (--from) or from the scan input flags;
 * with neither, every attestation counts for the whole estate. Always exits 0 unless the input is bad.
 */
export function statusCommand(): Command {
  const cmd = new Command('status')
    .requiredOption('--attestations <file>', 'attestations file (phiscan-attestations.yaml)')
    .option('--from <file>', 'a phiscan JSON report: its accounts, subscriptions and projects are the scope')
    .option('--within <days>', 'windows in days, comma-separated', '30,60,90')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'));
  for (const input of INPUTS) input.register(cmd);
  return cmd.action(async (flags: StatusFlags & Record<string, unknown>) => {
    const windows = flags.within.split(',').map((w) => w.trim());
    if (windows.length === 0 || windows.some((w) => !/^\d{1,4}$/.test(w) || Number(w) === 0)) throw new UsageError(`--within: expected positive day counts such as 30,60,90, got "${flags.within}"`);
    const runDate = utcCalendarDate(runClock()());
    const doc = await loadAttestations(flags.attestations, runDate);
    const units = await scopeUnits(flags);
    const evaluation = evaluateAttestations(doc, flags.attestations, runDate, units);
    const report = dueReport(evaluation.byRequirement, runDate, windows.map(Number), evaluation.section.scopeUnits);
    const out = flags.format === 'json' ? terminalJson(report) : flags.format === 'markdown' ? renderDueMarkdown(report) : renderDueText(report);
    process.stdout.write(out);
  });
}

async function scopeUnits(flags: StatusFlags & Record<string, unknown>): Promise<ScopeUnit[]> {
  const selected: SelectedInput[] = [];
  for (const input of INPUTS) {
    const s = await input.select(flags);
    if (s) selected.push(s);
  }
  if (flags.from && selected.length > 0) throw new UsageError('give either --from or scan input flags, not both');
  if (flags.from) {
    const report = await readReport(flags.from);
    return scopeUnitsOf([...report.resources, ...report.gaps]);
  }
  return scopeUnitsFromInputs(selected);
}

/** Collect (not evaluate) the selected inputs: only which accounts, subscriptions and projects they reach. */
export async function scopeUnitsFromInputs(selected: readonly SelectedInput[], signal?: AbortSignal): Promise<ScopeUnit[]> {
  const seen: { provider: Provider; account: string | undefined }[] = [];
  await Promise.all(selected.map(async (s) => s.collector.authenticate?.(signal)));
  for (const s of selected) {
    for await (const e of s.collector.collect({ log: () => undefined, ...(signal ? { signal } : {}) })) {
      if (e.kind === 'resource') seen.push({ provider: e.resource.provider, account: e.resource.account });
      else seen.push({ provider: e.gap.provider, account: e.gap.account });
    }
  }
  return scopeUnitsOf(seen);
}
