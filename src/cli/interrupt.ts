import { EXIT } from './exit-codes.js';
import { printError } from './terminal.js';

/**
 * SIGINT / SIGTERM. The first signal aborts the run (collectors, evaluation, rendering and the
 * staged write all watch the signal) and the run exits 130 / 143 with nothing written. A second
 * signal exits at once: phiscan stops listening, so the operating system's default action ends
 * the process, unless a report set is being staged, in which case the staging directory is
 * removed first (`onHardExit`). Either way the previous reports in the output directory are
 * untouched, since they are only ever replaced by renames at the very end.
 */

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type Signal = (typeof SIGNALS)[number];
const codeOf = (sig: Signal): number => (sig === 'SIGINT' ? EXIT.sigint : EXIT.sigterm);

/** Reason of the run's abort signal after an interrupt. */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  constructor(readonly signal: Signal) {
    super(`interrupted by ${signal}`);
  }
}

const cleanups = new Set<() => void>();
let interrupted = false;
let interruptExitCode: number | undefined;

/** 130 / 143 once the run was interrupted: a stray rejection while it unwinds must not turn that into exit 4. */
export function interruptedExitCode(): number | undefined {
  return interruptExitCode;
}

function hardExit(sig: Signal): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Exiting anyway: a staging directory that could not be removed is the lesser harm.
    }
  }
  process.exit(codeOf(sig));
}

/** After the first signal, listen again only while something must be cleaned up on the way out. */
function syncHardExitListeners(): void {
  const want = interrupted && cleanups.size > 0;
  for (const sig of SIGNALS) {
    process.off(sig, hardExit);
    if (want) process.on(sig, hardExit);
  }
}

/** Run `cleanup` (synchronous) if a second signal ends the process; returns the unregistration. */
export function onHardExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  syncHardExitListeners();
  return () => {
    cleanups.delete(cleanup);
    syncHardExitListeners();
  };
}

/** How long an aborted run may take to unwind (sockets, retry timers) before the process exits anyway. */
const UNWIND_MS = 2000;

/** Run one long action under SIGINT/SIGTERM handling; sets process.exitCode. */
export async function withSignals(action: (signal: AbortSignal) => Promise<number>): Promise<void> {
  const controller = new AbortController();
  let code: number = EXIT.ok;
  const onSignal = (sig: Signal): void => {
    code = codeOf(sig);
    interrupted = true;
    interruptExitCode = code;
    for (const s of SIGNALS) process.off(s, onSignal);
    syncHardExitListeners();
    controller.abort(new Interrupted(sig));
    setTimeout(() => process.exit(code), UNWIND_MS).unref();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    process.exitCode = await action(controller.signal);
  } catch (err) {
    if (!controller.signal.aborted) throw err;
    printError('interrupted; no report written');
    process.exitCode = code;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
  }
}
