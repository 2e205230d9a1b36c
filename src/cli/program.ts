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
import { EXIT, isUsageError, isTimeoutExpired } from './exit-codes.js';
import { printError } from './terminal.js';
import { terminalText } from '../lib/text.js';

export function buildProgram(): Command {
  const program = new Command('phiscan')
    .description('Cloud and IaC compliance scanner mapped to the HIPAA Security Rule NPRM (RIN 0945-AA22)')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true);
  program.addCommand(scanCommand());
  program.addCommand(demoCommand());
  program.addCommand(checksCommand());
  program.addCommand(requirementsCommand());
  program.addCommand(reportCommand());
  program.addCommand(diffCommand());
  program.addCommand(mergeCommand());
  program.addCommand(suppressionsCommand());
  program.addCommand(initCommand());
  program.addCommand(statusCommand());
  const strict = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ outputError: (msg, write) => write(`phiscan: ${terminalText(msg.replace(/^error: /, '').trim())}\n`) });
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
    return exitCodeForError(err);
  }
}

/** One line on stderr and the documented exit code for an error that ended a command. */
export function exitCodeForError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (isUsageError(err)) {
    printError(err.message);
    return EXIT.usage;
  }
  if (isTimeoutExpired(err)) {
    printError(err.message);
    return EXIT.incomplete;
  }
  // A bug: the stack is for the bug report, each line made terminal-safe.
  const [first = '', ...stack] = (err instanceof Error ? (err.stack ?? err.message) : String(err)).split('\n');
  printError(`internal error (a bug in phiscan; please report it): ${first}`);
  for (const line of stack) process.stderr.write(`${terminalText(line)}\n`);
  return EXIT.internal;
}
