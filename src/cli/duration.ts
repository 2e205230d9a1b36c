import { UsageError } from './exit-codes.js';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000 } as const;

/** `90s`, `15m`, `1h30m`, `2h`: a positive duration in milliseconds. One-line usage error otherwise. */
export function parseDuration(text: string, flag = '--timeout'): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  const ms = m ? Number(m[1] ?? 0) * UNIT_MS.h + Number(m[2] ?? 0) * UNIT_MS.m + Number(m[3] ?? 0) * UNIT_MS.s : 0;
  if (!m || !Number.isSafeInteger(ms) || ms <= 0) throw new UsageError(`${flag} expects a duration such as 90s, 15m or 1h30m, got "${text}"`);
  return ms;
}
