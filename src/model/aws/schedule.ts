/**
 * AWS schedule expressions (AWS Backup rules and restore testing plans, Secrets Manager
 * rotation): `rate(N unit)` and the six-field cron dialect `cron(min hour day-of-month month
 * day-of-week year)` with `?`, `L`, `W` and `#`, where day-of-week runs 1-7 from SUNDAY. No
 * maintained npm cron parser reads this dialect (they expect a seconds field or no year, and
 * 0 = Sunday), so it is parsed here, only as far as needed to answer one question: the longest
 * time between two consecutive runs.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** Days simulated: two years, so every month length, a leap day and the year boundary are seen. */
const HORIZON_DAYS = 731;

type DayTest = (d: Date) => boolean;

/** Values of one numeric field part (`*`, `5`, `1-5`, `*\/15`, `10/5`, `MON-FRI`); undefined when malformed. */
function values(part: string, min: number, max: number, names: readonly string[] = [], offset = 1): number[] | undefined {
  const name = (t: string): number | undefined => {
    const i = names.indexOf(t.toUpperCase());
    if (i >= 0) return i + offset;
    if (!/^\d+$/.test(t)) return undefined;
    return Number(t);
  };
  const [range = '', stepText] = part.split('/');
  const step = stepText === undefined ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : NaN;
  if (!(step >= 1)) return undefined;
  let lo: number | undefined;
  let hi: number | undefined;
  if (range === '*' || range === '?') [lo, hi] = [min, max];
  else if (range.includes('-')) [lo, hi] = range.split('-').map(name) as [number | undefined, number | undefined];
  else {
    lo = name(range);
    hi = stepText === undefined ? lo : max;
  }
  if (lo === undefined || hi === undefined || lo < min || hi > max || lo > hi) return undefined;
  const out: number[] = [];
  for (let v = lo; v <= hi; v += step) out.push(v);
  return out;
}

function numericField(field: string, min: number, max: number, names?: readonly string[]): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const vs = values(part, min, max, names);
    if (!vs) return undefined;
    for (const v of vs) out.add(v);
  }
  return out;
}

const daysInMonth = (d: Date): number => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
const isWeekday = (d: Date): boolean => d.getUTCDay() !== 0 && d.getUTCDay() !== 6;

/** The weekday nearest to day `n` of d's month, staying within the month (the `W` rule). */
function nearestWeekday(d: Date, n: number): number {
  const last = daysInMonth(d);
  const day = Math.min(n, last);
  const dow = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day)).getUTCDay();
  if (dow === 6) return day === 1 ? 3 : day - 1;
  if (dow === 0) return day === last ? day - 2 : day + 1;
  return day;
}

function dayOfMonthTest(field: string): DayTest | undefined {
  const tests: DayTest[] = [];
  for (const part of field.split(',')) {
    const p = part.toUpperCase();
    if (p === 'L') tests.push((d) => d.getUTCDate() === daysInMonth(d));
    else if (p === 'LW') tests.push((d) => isWeekday(d) && d.getUTCDate() === nearestWeekday(d, daysInMonth(d)));
    else if (/^\d+W$/.test(p)) {
      const n = Number(p.slice(0, -1));
      if (n < 1 || n > 31) return undefined;
      tests.push((d) => d.getUTCDate() === nearestWeekday(d, n));
    } else {
      const vs = values(p, 1, 31);
      if (!vs) return undefined;
      const set = new Set(vs);
      tests.push((d) => set.has(d.getUTCDate()));
    }
  }
  return (d) => tests.some((t) => t(d));
}

function dayOfWeekTest(field: string): DayTest | undefined {
  const tests: DayTest[] = [];
  const weekday = (t: string): number | undefined => values(t, 1, 7, WEEKDAYS)?.[0];
  for (const part of field.split(',')) {
    const p = part.toUpperCase();
    const nth = /^(\w+)#([1-5])$/.exec(p);
    const last = /^(\w+)L$/.exec(p);
    if (nth) {
      const w = weekday(nth[1] ?? '');
      const k = Number(nth[2]);
      if (w === undefined) return undefined;
      tests.push((d) => d.getUTCDay() === w - 1 && Math.ceil(d.getUTCDate() / 7) === k);
    } else if (p === 'L' || last) {
      const w = p === 'L' ? 7 : weekday(last?.[1] ?? '');
      if (w === undefined) return undefined;
      tests.push((d) => d.getUTCDay() === w - 1 && d.getUTCDate() + 7 > daysInMonth(d));
    } else {
      const vs = values(p, 1, 7, WEEKDAYS);
      if (!vs) return undefined;
      const set = new Set(vs.map((v) => v - 1));
      tests.push((d) => set.has(d.getUTCDay()));
    }
  }
  return (d) => tests.some((t) => t(d));
}

/** Longest time between consecutive runs of a six-field AWS cron body, in hours (Infinity when it stops running); undefined when malformed. */
function cronMaxGapHours(body: string, from: Date): number | undefined {
  const f = body.trim().split(/\s+/);
  if (f.length !== 6) return undefined;
  const [minF = '', hourF = '', domF = '', monF = '', dowF = '', yearF = ''] = f;
  const minutes = numericField(minF, 0, 59);
  const hours = numericField(hourF, 0, 23);
  const months = numericField(monF, 1, 12, MONTHS);
  const years = numericField(yearF, 1970, 2199);
  // Exactly one of day-of-month and day-of-week is `?` in AWS's dialect.
  if ((domF === '?') === (dowF === '?')) return undefined;
  const dayTest = domF === '?' ? dayOfWeekTest(dowF) : dayOfMonthTest(domF);
  if (!minutes || !hours || !months || !years || !dayTest) return undefined;
  const times = [...hours].flatMap((h) => [...minutes].map((m) => h * HOUR + m * 60_000)).sort((a, b) => a - b);
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  let previous: number | undefined;
  let gap = 0;
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const day = new Date(start + i * DAY);
    if (!years.has(day.getUTCFullYear()) || !months.has(day.getUTCMonth() + 1) || !dayTest(day)) continue;
    for (const t of times) {
      const at = day.getTime() + t;
      if (previous !== undefined) gap = Math.max(gap, at - previous);
      previous = at;
    }
  }
  // Runs that stop within the horizon (a year field that ends), or never run: no bound.
  if (previous === undefined || start + HORIZON_DAYS * DAY - previous > Math.max(gap, DAY)) return Number.POSITIVE_INFINITY;
  return gap / HOUR;
}

const RATE_UNITS: Readonly<Record<string, number>> = { minute: 1 / 60, minutes: 1 / 60, hour: 1, hours: 1, day: 24, days: 24 };

/**
 * The longest time between two consecutive runs of a schedule expression, in hours, judged
 * over two years from `from` in UTC (a schedule time zone shifts runs by an hour at daylight
 * saving changes at most). Infinity when the schedule stops running; undefined when the
 * expression is not one AWS accepts.
 */
export function maxIntervalHours(expression: string, from: Date): number | undefined {
  const m = /^\s*(rate|cron)\((.*)\)\s*$/i.exec(expression);
  if (!m) return undefined;
  if ((m[1] ?? '').toLowerCase() === 'cron') return cronMaxGapHours(m[2] ?? '', from);
  const rate = /^\s*(\d+)\s+([a-z]+)\s*$/i.exec(m[2] ?? '');
  const unit = RATE_UNITS[(rate?.[2] ?? '').toLowerCase()];
  const n = Number(rate?.[1]);
  return unit === undefined || !(n >= 1) ? undefined : n * unit;
}

/** "26 hours", "31 days": a gap for a message. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'never again';
  return hours >= 72 && hours % 24 === 0 ? `${hours / 24} days` : `${Math.round(hours * 100) / 100} hours`;
}
