import { utcCalendarDate } from '../../attest/calendar-date.js';
import { loadAttestations } from '../../attest/file.js';
import { loadBaseline } from '../baseline.js';
import { runClock } from '../clock.js';
import type { SelectedInput } from '../inputs/types.js';
import { renderOptionsOf, resolveScanSettings, type ScanFlags, type ScanSettings } from '../options.js';
import { runScan, summaryLine } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { availableChecks, selectChecks } from '../select-checks.js';
import { discoverSuppressions } from '../../suppressions/file.js';

/** Shared by `scan` and `demo`: settings -> checks -> collectors -> engine -> reports -> exit code. */
export async function executeScan(command: string, flags: ScanFlags, selectInputs: (settings: ScanSettings) => Promise<readonly SelectedInput[]>, signal: AbortSignal): Promise<number> {
  const settings = await resolveScanSettings(flags);
  const c = settings.config;
  const checks = selectChecks({ checks: c.checks, skipChecks: c.skipChecks, requirements: c.requirements, severityOverrides: c.severityOverrides }, await availableChecks(settings.checksDirs));
  // Every input file is read and validated before a single cloud call.
  const clock = runClock();
  const runDate = utcCalendarDate(clock());
  const attestations = flags.attestations ? { file: flags.attestations, doc: await loadAttestations(flags.attestations, runDate), runDate } : undefined;
  const suppressions = await discoverSuppressions(settings.suppressionsFile);
  const baseline = settings.baselineFile !== undefined ? await loadBaseline(settings.baselineFile) : undefined;
  const inputs = await selectInputs(settings);
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
    suppressions,
    baseline,
    configFile: settings.configFile,
  });
  if (!settings.quiet) process.stderr.write(`${summaryLine(report, written)}\n`);
  return exitCode;
}
