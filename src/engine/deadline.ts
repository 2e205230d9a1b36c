/**
 * `--timeout`: the run's deadline travels as the abort reason of the collectors' signal, so a
 * collector can tell "stop, the deadline passed: report what you did not read as gaps
 * (reason timeout)" from "stop, the user interrupted: nothing will be written".
 */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
  constructor(readonly limitMs: number) {
    super(`scan --timeout of ${limitMs} ms expired`);
  }
}

export function abortedByDeadline(signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted) && signal?.reason instanceof DeadlineExceeded;
}

/** The gap message for a work unit the deadline left unread. */
export const DEADLINE_GAP_MESSAGE = 'not read: the scan --timeout expired first';
