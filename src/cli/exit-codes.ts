/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  /** No failing finding at or above --fail-on. */
  ok: 0,
  /** Failing findings at or above --fail-on. */
  findings: 1,
  /** Usage or input error: unknown flag, bad config, unreadable or malformed input, unwritable output. */
  usage: 2,
  /** Incomplete coverage (coverage gaps or not-assessed findings) under --strict. */
  incomplete: 3,
  /** Internal error: a bug in phiscan; please report it. */
  internal: 4,
  /** Interrupted by SIGINT (128 + 2) or SIGTERM (128 + 15); nothing was written. */
  sigint: 130,
  sigterm: 143,
} as const;

/** A problem with what the user asked for: one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function isUsageError(err: unknown): err is Error {
  return err instanceof Error && (err.name === 'UsageError' || err.name === 'InputError');
}
