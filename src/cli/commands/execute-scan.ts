import { loadBaseline } from '../baseline.js';
import { runClock } from '../clock.js';
import type { SelectedInput } from '../inputs/types.js';
import { resolveScanSettings, type ScanFlags } from '../options.js';
import { runScan, summaryLine } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { selectChecks } from '../select-checks.js';

/** Shared by `scan` and `demo`: settings -> checks -> collectors -> engine -> reports -> exit code. */
export async function executeScan(command: string, flags: ScanFlags, selectInputs: () => Promise<readonly SelectedInput[]>, signal: AbortSignal): Promise<number> {
  const settings = await resolveScanSettings(flags);
  const baseline = flags.baseline ? await loadBaseline(flags.baseline) : undefined;
  const c = settings.config;
  const checks = selectChecks({ checks: c.checks, skipChecks: c.skipChecks, requirements: c.requirements, severityOverrides: c.severityOverrides });
  const inputs = await selectInputs();
  const { report, exitCode, written } = await runScan({
    command,
    inputs,
    checks,
    formats: settings.formats,
    output: settings.output,
    ...(baseline ? { renderOptions: { baseline } } : {}),
    failOn: settings.failOn,
    strict: settings.strict,
    ephiTags: c.ephiTags,
    checkOptions: c.checkOptions,
    selection: { failOn: settings.failOn, checks: c.checks ?? [], skipChecks: c.skipChecks ?? [], requirements: c.requirements ?? [], strict: settings.strict },
    clock: runClock(),
    progress: createProgress(),
    signal,
  });
  if (!settings.quiet) process.stderr.write(`${summaryLine(report, written)}\n`);
  return exitCode;
}
