/**
 * The scanner behind the public `scan` / `render` functions (src/api/index.ts): the CLI's own
 * pipeline (input selection, check selection, engine, report building), minus its file output,
 * exit codes and terminal progress. Loaded on the first call only.
 */
import { utcCalendarDate } from '../attest/calendar-date.js';
import { loadAttestations } from '../attest/file.js';
import { loadBaseline } from '../cli/baseline.js';
import { runClock } from '../cli/clock.js';
import { parseDuration } from '../cli/duration.js';
import { UsageError } from '../cli/exit-codes.js';
import { INPUTS } from '../cli/inputs/index.js';
import type { SelectedInput } from '../cli/inputs/types.js';
import { evaluateScan } from '../cli/pipeline.js';
import { availableChecks, selectChecks } from '../cli/select-checks.js';
import { parseShard } from '../engine/shard.js';
import type { ScanReport } from '../model/report.js';
import { loadSuppressions } from '../suppressions/file.js';
import { materializeAll, reporterFor, type WholeOutputFile } from '../../reports/index.js';
import type { Format, RenderOptions, ScanOptions } from './index.js';

const SILENT = { update: () => undefined, done: () => undefined };

export async function scanReport(o: ScanOptions): Promise<ScanReport> {
  const checks = selectChecks(
    { checks: o.checks, skipChecks: o.skipChecks, requirements: o.requirements, severityOverrides: o.severityOverrides },
    await availableChecks(o.checksDirs ?? []),
  );
  const clock = o.now ? () => o.now as Date : runClock();
  const runDate = utcCalendarDate(clock());
  const attestations = o.attestations ? { file: o.attestations, doc: await loadAttestations(o.attestations, runDate), runDate } : undefined;
  const suppressions = o.suppressions !== undefined ? await loadSuppressions(o.suppressions) : undefined;
  const baseline = o.baseline !== undefined ? await loadBaseline(o.baseline) : undefined;
  const inputs: SelectedInput[] = [];
  for (const input of INPUTS) {
    const s = await input.select({ ...o.inputs });
    if (s) inputs.push(s);
  }
  if (inputs.length === 0) throw new UsageError(`no input selected: give one of ${INPUTS.map((i) => i.name).join(', ')} in options.inputs`);
  const { report } = await evaluateScan({
    command: 'api',
    inputs,
    checks,
    ephiTags: o.ephiTags,
    checkOptions: o.checkOptions,
    selection: { failOn: 'info', checks: [...(o.checks ?? [])], skipChecks: [...(o.skipChecks ?? [])], requirements: [...(o.requirements ?? [])], strict: false },
    clock,
    progress: SILENT,
    warn: o.warn ?? (() => undefined),
    attestations,
    suppressions,
    baseline,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.shard !== undefined ? { shard: parseShard(o.shard) } : {}),
    ...(o.timeout !== undefined ? { timeoutMs: parseDuration(o.timeout, 'timeout') } : {}),
  });
  return report;
}

export async function renderReport(report: ScanReport, format: Format, options: RenderOptions): Promise<readonly WholeOutputFile[]> {
  const reporter = reporterFor(format);
  if (!reporter) throw new UsageError(`unknown format "${format}"`);
  const baseline = options.baseline !== undefined ? await loadBaseline(options.baseline) : undefined;
  // The library hands back whole files (strings or bytes), as before chunked output.
  return materializeAll(await reporter.render(report, { ...(baseline ? { baseline } : {}), ...(options.sarifNotAssessed ? { sarifNotAssessed: options.sarifNotAssessed } : {}) }));
}
