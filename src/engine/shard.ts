/**
 * Deterministic scale-out: `--shard I/N` runs the I-th of N disjoint slices of the work units
 * (AWS account x region x service, Azure subscription, GCP project, IaC file), so N parallel
 * jobs cover every unit exactly once and `phiscan merge` can combine their reports.
 *
 * Each shard enumerates the same unit keys (discovery calls are repeated, read-only), sorts them
 * and keeps every N-th one: balanced, and independent of discovery order.
 */
import { byString } from '../model/order.js';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export class ShardSyntaxError extends Error {
  override readonly name = 'InputError';
}

/** Parse `I/N` with 1 <= I <= N. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new ShardSyntaxError(`--shard expects I/N with 1 <= I <= N, got "${text}"`);
  }
  return { index, count };
}

/** The units this shard owns, in key order. Without a shard, all units. */
export function selectShard<T>(units: readonly T[], key: (unit: T) => string, shard: Shard | undefined): T[] {
  const sorted = [...units].sort((a, b) => byString(key(a), key(b)));
  if (!shard || shard.count === 1) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}

/** True when `unitKey` is owned by `shard` among `allKeys`. */
export function ownsUnit(unitKey: string, allKeys: readonly string[], shard: Shard | undefined): boolean {
  return selectShard(allKeys, (k) => k, shard).includes(unitKey);
}

/**
 * For collectors that must discover everything before they know the units (an organization-wide
 * listing): keep the items whose unit this shard owns. Every shard sees the same unit set, so
 * the N shards keep disjoint slices that together are all the items.
 */
export function keepOwned<T>(items: readonly T[], unitOf: (item: T) => string, shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return [...items];
  const owned = new Set(selectShard([...new Set(items.map(unitOf))], (k) => k, shard));
  return items.filter((item) => owned.has(unitOf(item)));
}
