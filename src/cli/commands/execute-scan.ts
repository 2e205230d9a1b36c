import { utcCalendarDate } from '../../attest/calendar-date.js';
import { validateExceptionChecks } from '../../attest/exceptions.js';
import { loadAttestations } from '../../attest/file.js';
import { loadBaseline } from '../baseline.js';
import { runClock } from '../clock.js';
import { boundHeapGrowth, boundHeapGrowthToLive, collectGarbage } from '../heap.js';
import type { SelectedInput } from '../inputs/types.js';
import { renderOptionsOf, resolveScanSettings, type ScanFlags, type ScanSettings } from '../options.js';
import { prepareOutput, runScan, summaryLine } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { printLine } from '../terminal.js';
import { availableChecks, selectChecks } from '../select-checks.js';
import { discoverSuppressions } from '../../suppressions/file.js';

/** Shared by `scan` and `demo`: settings -> checks -> collectors -> engine -> reports -> exit code. */
export async function executeScan(command: string, flags: ScanFlags, selectInputs: (settings: ScanSettings) => Promise<readonly SelectedInput[]>, signal: AbortSignal): Promise<number> {
  // --timeout counts from here: reading inputs and parsing IaC are part of the run.
  const runStartedAt = performance.now();
  boundHeapGrowth();
  const settings = await resolveScanSettings(flags);
  await prepareOutput({ formats: settings.formats, output: settings.output });
  const c = settings.config;
  const available = await availableChecks(settings.checksDirs);
  const checks = selectChecks({ checks: c.checks, skipChecks: c.skipChecks, requirements: c.requirements, severityOverrides: c.severityOverrides }, available);
  // Every input file is read and validated before a single cloud call.
  const clock = runClock();
  const runDate = utcCalendarDate(clock());
  const attestations = flags.attestations ? { file: flags.attestations, doc: await loadAttestations(flags.attestations, runDate), runDate } : undefined;
  if (attestations) validateExceptionChecks(attestations.doc.exceptions ?? [], attestations.file, available.map((x) => x.meta));
  const suppressions = await discoverSuppressions(settings.suppressionsFile);
  const baseline = settings.baselineFile !== undefined ? await loadBaseline(settings.baselineFile) : undefined;
  const inputs = await selectInputs(settings);
  signal.throwIfAborted();
  collectGarbage();
  boundHeapGrowthToLive();
  // A provider that resolves no identity at all stops the run here (exit 2), before any scanning.
  await Promise.all(inputs.map(async (i) => i.collector.authenticate?.(signal)));
  const { report, exitCode, written } = await runScan({
    command,
    inputs,
    checks,
    formats: settings.formats,
    output: settings.output,
    renderOptions: renderOptionsOf(flags, baseline),
    failOn: settings.failOn,
    strict: settings.strict,
    ephiTags: c.ephiTags,
    checkOptions: c.checkOptions,
    selection: { failOn: settings.failOn, checks: c.checks ?? [], skipChecks: c.skipChecks ?? [], requirements: c.requirements ?? [], strict: settings.strict },
    clock,
    attestations,
    progress: createProgress(),
    signal,
    shard: settings.shard,
    timeoutMs: settings.timeoutMs,
    runStartedAt,
    suppressions,
    baseline,
    configFile: settings.configFile,
  });
  if (!settings.quiet) printLine(summaryLine(report, written));
  return exitCode;
}
