import { describe, expect, it } from 'vitest';
import { DEFAULT_EPHI_TAG_RULES, ephiClassifier } from '../../src/engine/ephi.js';

describe('ephiClassifier', () => {
  it('matches key and value case-insensitively, by the default rules', () => {
    const isEphi = ephiClassifier(DEFAULT_EPHI_TAG_RULES);
    expect(isEphi({ tags: { PHI: 'True' } })).toBe(true);
    expect(isEphi({ tags: { 'Data-Classification': 'ePHI' } })).toBe(true);
    expect(isEphi({ tags: { phi: 'false', team: 'true' } })).toBe(false);
    expect(isEphi({ tags: { classification: 'phi' } })).toBe(false);
    expect(isEphi({ tags: {} })).toBe(false);
    expect(isEphi({ tags: undefined })).toBe(false);
  });
  it('takes any value for a rule without values, and the union of values when rules share a key', () => {
    expect(ephiClassifier([{ key: 'Sensitive' }])({ tags: { sensitive: 'whatever' } })).toBe(true);
    const both = ephiClassifier([{ key: 'tier', values: ['A'] }, { key: 'TIER', values: ['b'] }]);
    expect([both({ tags: { tier: 'a' } }), both({ tags: { tier: 'B' } }), both({ tags: { tier: 'c' } })]).toEqual([true, true, false]);
    // A rule without values wins over one with values for the same key, in either order.
    expect(ephiClassifier([{ key: 'k', values: ['x'] }, { key: 'k' }])({ tags: { k: 'y' } })).toBe(true);
    expect(ephiClassifier([{ key: 'k' }, { key: 'k', values: ['x'] }])({ tags: { k: 'y' } })).toBe(true);
  });
});
