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
