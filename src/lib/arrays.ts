/**
 * Array helpers that never spread an array into a call's arguments: `push(...items)` and
 * `Math.max(...values)` put every element on the stack and throw RangeError ("Maximum call stack
 * size exceeded") somewhere past ~100k elements, which a large estate or plan reaches.
 */

/** Append every item to `target` (in place) and return it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `initial` when there is none larger (or no value at all). */
export function maxOf(values: Iterable<number>, initial = Number.NEGATIVE_INFINITY): number {
  let max = initial;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value, or `initial` when there is none smaller (or no value at all). */
export function minOf(values: Iterable<number>, initial = Number.POSITIVE_INFINITY): number {
  let min = initial;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Items grouped by key, in first-seen order (Map.groupBy, which Node.js 20 lacks). Linear: no list is copied per item. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Consecutive slices of at most `size` items (batched API calls). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Whether any item satisfies `test` (Array#some for any iterable; stops at the first). */
export function someOf<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}

/** The items that satisfy `test`, lazily (Array#filter for any iterable, without the copy). */
export function* filterOf<T>(items: Iterable<T>, test: (item: T) => boolean): Generator<T> {
  for (const item of items) if (test(item)) yield item;
}

/** How many items satisfy `test`. */
export function countOf<T>(items: Iterable<T>, test: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n;
}

/**
 * The first `n` items of `items` sorted stably by `compare`, holding at most about 1.25n at a
 * time (a bounded selection over a stream too long to sort whole).
 */
export function leastN<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  if (n <= 0) return [];
  let kept: { item: T; at: number }[] = [];
  let at = 0;
  // After a trim, the last of the first n: an item not before it (a tie comes later) cannot be
  // among the first n, so it is dropped at once instead of held until the next trim (a million
  // findings read back for the first 100,000: most die young instead of filling the old heap).
  let last: T | undefined;
  const byOrder = (a: { item: T; at: number }, b: { item: T; at: number }): number => compare(a.item, b.item) || a.at - b.at;
  for (const item of items) {
    const i = at++;
    if (last !== undefined && compare(item, last) >= 0) continue;
    kept.push({ item, at: i });
    if (kept.length >= n + Math.max(1024, n >> 2)) {
      kept = kept.sort(byOrder).slice(0, n);
      last = (kept[n - 1] as { item: T }).item;
    }
  }
  return kept.sort(byOrder).slice(0, n).map((k) => k.item);
}

/** The first `n` items and how many there were in all (a listing that shows the first few of a long stream). */
export function headAndCount<T>(items: Iterable<T>, n: number): { head: T[]; total: number } {
  const head: T[] = [];
  let total = 0;
  for (const item of items) if (total++ < n) head.push(item);
  return { head, total };
}
