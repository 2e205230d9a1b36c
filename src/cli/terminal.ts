import { terminalText } from '../lib/text.js';

/**
 * Every line phiscan writes to stderr goes through here: the whole line is made terminal-safe
 * (`terminalText`), since file names, resource ids, module sources and cloud error messages are
 * untrusted and may carry escape sequences.
 */
export function printError(message: string): void {
  process.stderr.write(`phiscan: ${terminalText(message)}\n`);
}

export function printWarning(message: string): void {
  process.stderr.write(`phiscan: warning: ${terminalText(message)}\n`);
}

/** A line that is already prefixed (`phiscan: ...`), e.g. the summary line. */
export function printLine(line: string): void {
  process.stderr.write(`${terminalText(line)}\n`);
}
