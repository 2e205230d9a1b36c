import { describe, expect, it } from 'vitest';
import { parseFilterPattern } from '../../../../src/model/aws/filter-pattern.js';

const m = (pattern: string, event: unknown) => parseFilterPattern(pattern)?.matches(event);

describe('CloudWatch Logs JSON filter patterns', () => {
  it('compares strings quoted or not, with * wildcards anywhere', () => {
    expect(m('{ $.eventName = ConsoleLogin }', { eventName: 'ConsoleLogin' })).toBe(true);
    expect(m('{$.eventName="ConsoleLogin"}', { eventName: 'ConsoleLogin' })).toBe(true);
    expect(m('{ $.errorCode = "*UnauthorizedOperation" }', { errorCode: 'Client.UnauthorizedOperation' })).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied*" }', { errorCode: 'AccessDeniedException' })).toBe(true);
    expect(m('{ $.errorCode = "AccessDenied*" }', { errorCode: 'NoAccessDenied' })).toBe(false);
    expect(m('{ $.eventName = ConsoleLogin }', { eventName: 'consolelogin' })).toBe(false);
  });

  it('reads nested and indexed selectors; != and comparisons never match a missing property', () => {
    expect(m('{ $.additionalEventData.MFAUsed != "Yes" }', { additionalEventData: { MFAUsed: 'No' } })).toBe(true);
    expect(m('{ $.additionalEventData.MFAUsed != "Yes" }', {})).toBe(false);
    expect(m('{ $.resources[0].type = "AWS::S3::Object" }', { resources: [{ type: 'AWS::S3::Object' }] })).toBe(true);
    expect(m('{ $.latency > 100 }', { latency: 150 })).toBe(true);
    expect(m('{ $.latency <= 100 }', { latency: 150 })).toBe(false);
    expect(m('{ $.count = 5 }', { count: 5 })).toBe(true);
  });

  it('applies && before || and honours parentheses', () => {
    const p = '{ $.a = 1 || $.b = 1 && $.c = 1 }';
    expect(m(p, { a: 1 })).toBe(true);
    expect(m(p, { b: 1 })).toBe(false);
    expect(m('{ ($.a = 1 || $.b = 1) && $.c = 1 }', { a: 1 })).toBe(false);
    expect(m('{ (($.a = 1) || ($.b = 1)) && ($.c = 1) }', { b: 1, c: 1 })).toBe(true);
  });

  it('knows NOT EXISTS, IS NULL, IS TRUE and IS FALSE', () => {
    expect(m('{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: {} })).toBe(true);
    expect(m('{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: { invokedBy: 'x' } })).toBe(false);
    expect(m('{ $.responseElements IS NULL }', { responseElements: null })).toBe(true);
    expect(m('{ $.readOnly IS TRUE }', { readOnly: true })).toBe(true);
    expect(m('{ $.readOnly IS FALSE }', { readOnly: true })).toBe(false);
  });

  it('declines what it does not understand instead of guessing', () => {
    for (const p of ['ConsoleLogin', '"Failed authentication"', '[ip, user, ...]', '{ $.eventName = %Create.*% }', '{ $.a = }', '{ ($.a = 1 }', '{ $.a = 1 ) }', '{ }', '{ $.a IN [1] }']) {
      expect(parseFilterPattern(p), p).toBeUndefined();
    }
  });
});
