import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { EXIT, isUsageError, isTimeoutExpired } from './exit-codes.js';
import { printError } from './terminal.js';
import { terminalText } from '../lib/text.js';

/**
 * Every command, in `--help` order, with the line `--help` shows for it. A command's module (and
 * what it imports: providers, reporters, checks) is loaded only when that command runs or its
 * help is asked for, so `--version` and `--help` start in a fraction of the full load.
 */
export const COMMANDS: readonly { readonly name: string; readonly description: string; readonly load: () => Promise<Command> }[] = [
  { name: 'scan', description: 'scan cloud accounts or infrastructure-as-code and write reports', load: async () => (await import('./commands/scan.js')).scanCommand() },
  { name: 'demo', description: 'scan the bundled demo world through the loopback cloud simulators (no cloud account needed)', load: async () => (await import('./commands/demo.js')).demoCommand() },
  { name: 'checks', description: 'list the checks and the NPRM requirements they evidence', load: async () => (await import('./commands/checks.js')).checksCommand() },
  {
    name: 'requirements',
    description: 'list a requirement catalog: the NPRM (proposed) or the current Security Rule, with the checks that evidence each requirement',
    load: async () => (await import('./commands/requirements.js')).requirementsCommand(),
  },
  { name: 'report', description: 're-render a JSON report in other formats without rescanning', load: async () => (await import('./commands/report.js')).reportCommand() },
  { name: 'diff', description: 'compare two phiscan JSON reports: new, fixed, unchanged and changed-severity failing findings', load: async () => (await import('./commands/diff.js')).diffCommand() },
  { name: 'merge', description: 'combine the JSON reports of `scan --shard I/N` jobs (or of separate scopes) into one report', load: async () => (await import('./commands/merge.js')).mergeCommand() },
  { name: 'suppressions', description: 'list suppressions (phiscan-suppressions.yaml or --file) and when they expire', load: async () => (await import('./commands/suppressions.js')).suppressionsCommand() },
  { name: 'init', description: 'write a commented starter phiscan.yaml in the working directory', load: async () => (await import('./commands/init.js')).initCommand() },
  { name: 'status', description: 'attestations due in the next 30/60/90 days, by requirement and owner (text, Markdown or JSON)', load: async () => (await import('./commands/status.js')).statusCommand() },
];

/**
 * The program for `argv`: the command it names (`phiscan NAME ...` or `phiscan help NAME`) is
 * loaded in full; every other command is a name and a description, enough for `--help` and for
 * "did you mean" suggestions. The top level takes no option with a value, so the first argument
 * that is not an option is the command.
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('phiscan')
    .description('Cloud and IaC compliance scanner mapped to the HIPAA Security Rule NPRM (RIN 0945-AA22)')
    .version(TOOL_VERSION)
    .showSuggestionAfterError(true);
  const words = argv.filter((a) => !a.startsWith('-'));
  const named = words[0] === 'help' ? words[1] : words[0];
  for (const c of COMMANDS) program.addCommand((c.name === named ? await c.load() : new Command(c.name)).description(c.description));
  const strict = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ outputError: (msg, write) => write(`phiscan: ${terminalText(msg.replace(/^error: /, '').trim())}\n`) });
    cmd.commands.forEach(strict);
  };
  strict(program);
  return program;
}

/** Parse `argv` and run the command; returns the exit code (process.exitCode as the command set it). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv, { from: 'user' });
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
