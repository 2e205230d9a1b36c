import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../engine/report.js';
import { checksCommand } from './commands/checks.js';
import { demoCommand } from './commands/demo.js';
import { diffCommand } from './commands/diff.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { reportCommand } from './commands/report.js';
import { requirementsCommand } from './commands/requirements.js';
import { scanCommand } from './commands/scan.js';
import { suppressionsCommand } from './commands/suppressions.js';
import { statusCommand } from './commands/status.js';
import { EXIT, isUsageError } from './exit-codes.js';

/**
 * Run one long action under SIGINT/SIGTERM handling: the signal aborts the work, nothing
 * half-written is left behind (reports are written atomically at the very end).
 */
export async function withSignals(action: (signal: AbortSignal) => Promise<number>): Promise<void> {
  const controller = new AbortController();
  let code: number = EXIT.ok;
  const onSignal = (sig: NodeJS.Signals): void => {
    code = sig === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    process.exitCode = await action(controller.signal);
  } catch (err) {
    if (controller.signal.aborted) {
      process.stderr.write(`phiscan: interrupted; no report written\n`);
      process.exitCode = code;
      return;
    }
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function buildProgram(): Command {
  const program = new Command('phiscan')
    .description('Cloud and IaC compliance scanner mapped to the HIPAA Security Rule NPRM (RIN 0945-AA22)')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true);
  program.addCommand(scanCommand(withSignals));
  program.addCommand(demoCommand(withSignals));
  program.addCommand(checksCommand());
  program.addCommand(requirementsCommand());
  program.addCommand(reportCommand());
  program.addCommand(diffCommand());
  program.addCommand(mergeCommand());
  program.addCommand(suppressionsCommand());
  program.addCommand(initCommand());
  program.addCommand(statusCommand());
  const strict = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ outputError: (msg, write) => write(`phiscan: ${msg.replace(/^error: /, '').trim()}\n`) });
    cmd.commands.forEach(strict);
  };
  strict(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (isUsageError(err)) {
      process.stderr.write(`phiscan: ${err.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`phiscan: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.internal;
  }
}
