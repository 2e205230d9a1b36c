import { describe, expect, it } from 'vitest';
import { maxIntervalHours } from '../../src/model/aws/schedule.js';

const FROM = new Date('2026-11-01T00:00:00Z');

describe('AWS schedule expressions: longest gap between runs', () => {
  it.each([
    ['cron(0 5 ? * * *)', 24],
    ['cron(0 5 * * ? *)', 24],
    ['cron(15 * ? * * *)', 1],
    ['cron(0 0,12 ? * * *)', 12],
    ['cron(0 */6 ? * * *)', 6],
    // Weekdays only: Friday 05:00 to Monday 05:00.
    ['cron(0 5 ? * MON-FRI *)', 72],
    ['cron(0 5 ? * 2-6 *)', 72],
    ['cron(0 5 ? * SUN *)', 168],
    ['cron(0 5 ? * 1 *)', 168],
    // Every other day of the month: the 31st and the 1st are one day apart, Feb 27 to Mar 1 two.
    ['cron(0 5 1/2 * ? *)', 48],
    ['cron(0 3 1 * ? *)', 31 * 24],
    ['cron(0 3 L * ? *)', 31 * 24],
    ['cron(0 3 ? * 6#1 *)', 35 * 24],
    ['cron(0 3 ? * 6L *)', 35 * 24],
    ['cron(0 3 15W * ? *)', 32 * 24],
    ['rate(12 hours)', 12],
    ['rate(2 days)', 48],
    ['rate(30 minutes)', 0.5],
  ])('%s runs at most %d hours apart', (expression, hours) => {
    expect(maxIntervalHours(expression, FROM)).toBe(hours);
  });

  it('reports a schedule that stops running (year field) or never runs as unbounded', () => {
    expect(maxIntervalHours('cron(0 5 ? * * 2026)', FROM)).toBe(Number.POSITIVE_INFINITY);
    expect(maxIntervalHours('cron(0 5 30 2 ? *)', FROM)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(['cron(0 5 * * * *)', 'cron(0 5 ? * ? *)', 'cron(0 5 ? *)', 'cron(61 5 ? * * *)', 'cron(0 5 ? * FUNDAY *)', 'rate(0 days)', 'rate(1 fortnight)', 'at(2026-01-01T00:00:00)', ''])('rejects %s', (expression) => {
    expect(maxIntervalHours(expression, FROM)).toBeUndefined();
  });
});
