import { describe, expect, it } from 'vitest';
import { addDuration, daysBetween, isCalendarDate, parseDuration, utcCalendarDate } from '../../src/attest/calendar-date.js';

const months = (n: number) => ({ amount: n, unit: 'month' as const });

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    for (const ok of ['2026-03-02', '2024-02-29', '2000-02-29', '2026-12-31']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-2', '2026-03-02T00:00:00Z', '2026-03-02 ', '02/03/2026', '', '0000-01-01']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('adds exactly N months, keeping the day of month', () => {
    expect(addDuration('2026-01-15', months(6))).toBe('2026-07-15');
    expect(addDuration('2026-09-15', months(6))).toBe('2027-03-15');
    expect(addDuration('2026-03-02', months(12))).toBe('2027-03-02');
    expect(addDuration('2026-11-30', months(1))).toBe('2026-12-30');
    expect(addDuration('2026-12-31', months(1))).toBe('2027-01-31');
  });

  it('clamps to the month end when the day does not exist', () => {
    expect(addDuration('2026-08-31', months(6))).toBe('2027-02-28');
    expect(addDuration('2027-08-31', months(6))).toBe('2028-02-29');
    expect(addDuration('2026-01-31', months(1))).toBe('2026-02-28');
    expect(addDuration('2026-03-31', months(6))).toBe('2026-09-30');
  });

  it('handles leap days: Feb 29 + 12 months is Feb 28, + 48 months is Feb 29 again', () => {
    expect(addDuration('2024-02-29', months(12))).toBe('2025-02-28');
    expect(addDuration('2024-02-29', { amount: 1, unit: 'year' })).toBe('2025-02-28');
    expect(addDuration('2024-02-29', months(48))).toBe('2028-02-29');
    expect(addDuration('2024-02-29', months(6))).toBe('2024-08-29');
    expect(addDuration('2024-02-28', { amount: 1, unit: 'day' })).toBe('2024-02-29');
    expect(addDuration('2025-02-28', { amount: 1, unit: 'day' })).toBe('2025-03-01');
  });

  it('counts days across month, year and leap boundaries', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-07-16', '2026-07-15')).toBe(-1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('takes the run date as the UTC calendar date, whatever the local zone says', () => {
    // 23:30 on 15 July in New York (UTC-4) is already 16 July in UTC.
    expect(utcCalendarDate(new Date('2026-07-15T23:30:00-04:00'))).toBe('2026-07-16');
    // 00:30 on 16 July in Tokyo (UTC+9) is still 15 July in UTC.
    expect(utcCalendarDate(new Date('2026-07-16T00:30:00+09:00'))).toBe('2026-07-15');
    expect(utcCalendarDate(new Date(0))).toBe('1970-01-01');
  });

  it('parses catalog periods; hours are not calendar periods', () => {
    expect(parseDuration('6 months')).toEqual({ amount: 6, unit: 'month' });
    expect(parseDuration('12 months')).toEqual({ amount: 12, unit: 'month' });
    expect(parseDuration('15 days')).toEqual({ amount: 15, unit: 'day' });
    expect(parseDuration('1 year')).toEqual({ amount: 1, unit: 'year' });
    expect(parseDuration('72 hours')).toBeUndefined();
  });
});
