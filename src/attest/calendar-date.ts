/**
 * Calendar dates ("2026-03-02"): an attestation says on which day something was done, not at
 * what instant, so dates carry no time and no zone. The run's own date is the UTC calendar
 * date of the run clock (which honours SOURCE_DATE_EPOCH), so a run is judged the same way
 * wherever it executes.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type PeriodUnit = 'day' | 'month' | 'year';

export interface Duration {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True for a real date written YYYY-MM-DD (rejects 2026-02-30, 2026-13-01, times and zones). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The UTC calendar date of an instant. */
export function utcCalendarDate(instant: Date): string {
  return format(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/**
 * Add a duration. Months and years keep the day of month and clamp to the month's last day
 * when it does not exist: 2026-08-31 + 6 months = 2027-02-28, 2024-02-29 + 12 months =
 * 2025-02-28, 2024-02-29 + 48 months = 2028-02-29.
 */
export function addDuration(date: string, duration: Duration): string {
  const [y, m, d] = parts(date);
  if (duration.unit === 'day') {
    const t = new Date(Date.UTC(y, m - 1, d + duration.amount));
    return utcCalendarDate(t);
  }
  const months = duration.unit === 'year' ? duration.amount * 12 : duration.amount;
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** "6 months", "12 months", "15 days", "1 year"; hours are not calendar periods (undefined). */
export function parseDuration(text: string): Duration | undefined {
  const m = /^(\d+)\s+(day|days|month|months|year|years)$/.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').replace(/s$/, '') as PeriodUnit;
  return { amount: Number(m[1]), unit };
}

export function formatDuration(d: Duration): string {
  return `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
}
