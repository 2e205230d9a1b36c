/** Documented exit codes (README "Exit codes"). */
export const EXIT = {
  /** No failing finding at or above --fail-on. */
  ok: 0,
  /** Failing findings at or above --fail-on. */
  findings: 1,
  /** Usage or input error: unknown flag, bad config, unreadable or malformed input, unwritable output. */
  usage: 2,
  /** A requested cloud yielded nothing (every read failed); incomplete coverage or nothing assessed under --strict; or --timeout expired. */
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

/**
 * Exit 2 with the message as one line: our usage errors, malformed IaC input (`InputError` from
 * providers/terraform) and a requested cloud provider that resolves no identity at all
 * (`NoIdentityError` from a collector's `authenticate`).
 */
export function isUsageError(err: unknown): err is Error {
  return err instanceof Error && (err.name === 'UsageError' || err.name === 'InputError' || err.name === 'NoIdentityError' || err.name === 'ScratchSpaceError');
}

/** `--timeout` expired before the report could be evaluated and written: exit 3, nothing written. */
export class TimeoutExpired extends Error {
  override readonly name = 'TimeoutExpired';
}

export function isTimeoutExpired(err: unknown): err is TimeoutExpired {
  return err instanceof TimeoutExpired;
}
