/** Whole days between an ISO timestamp and the run clock; undefined when the timestamp does not parse. */
export function daysSince(iso: string, now: Date): number | undefined {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  return Math.floor((now.getTime() - t) / 86_400_000);
}

/** A numeric option, falling back to the default when the configured value is not a positive number. */
export function numberOption(options: Readonly<Record<string, unknown>>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}
