import { describe, expect, it } from 'vitest';
import { leastN } from '../../src/lib/arrays.js';

/** A deterministic pseudo-random sequence (no Math.random: the test must fail the same way every time). */
function* numbers(count: number, seed: number, range: number): Generator<{ key: number; at: number }> {
  let x = seed;
  for (let at = 0; at < count; at++) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    yield { key: x % range, at };
  }
}

describe('leastN', () => {
  it('is the first n of a stable sort, ties in input order, for streams longer and shorter than its trims', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (const [count, n, range] of [[0, 5, 10], [7, 10, 3], [5_000, 100, 50], [20_000, 1_500, 400], [20_000, 3_000, 20_000], [3_000, 3_000, 7]] as const) {
      const all = [...numbers(count, count + n, range)];
      const expected = [...all].sort((a, b) => byKey(a, b) || a.at - b.at).slice(0, n);
      expect(leastN(numbers(count, count + n, range), n, byKey), `${count} ${n} ${range}`).toEqual(expected);
    }
  });

  it('drops at once an item that cannot be among the first n (compared once with the last kept), instead of holding it until the next sort', () => {
    let compares = 0;
    const byKey = (a: { key: number }, b: { key: number }) => (compares++, a.key - b.key);
    const items = [...numbers(10_000, 7, 1_000_000)];
    expect(leastN(items, 100, byKey)).toEqual([...items].sort((a, b) => a.key - b.key || a.at - b.at).slice(0, 100));
    // Held until each trim, the 10,000 were sorted in nine batches of 1,124 (about 100,000 comparisons).
    compares = 0;
    leastN(items, 100, byKey);
    expect(compares).toBeLessThan(40_000);
  });
});
