import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/engine/shard.js';

describe('shard', () => {
  it('parses I/N and rejects out-of-range or malformed values', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '-1/2', '1/2/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('partitions units so every unit is owned by exactly one shard, whatever the input order', () => {
    const units = Array.from({ length: 37 }, (_, i) => `aws/11111111111${i % 2}/region-${i}/svc`);
    const shuffled = [...units].reverse();
    const owners = new Map<string, number>();
    for (let index = 1; index <= 4; index++) {
      const mine = selectShard(index % 2 ? units : shuffled, (u) => u, { index, count: 4 });
      expect(mine.length).toBeGreaterThanOrEqual(9);
      for (const u of mine) {
        expect(owners.has(u)).toBe(false);
        owners.set(u, index);
      }
    }
    expect([...owners.keys()].sort()).toEqual([...units].sort());
  });
});
