/**
 * A set of integers (bigint) as sorted, disjoint, non-adjacent closed intervals. Immutable.
 * Addresses (IPv4 and IPv6 in one key space) and traffic (protocol x port) are both sets of
 * this kind, so one implementation of union, intersection and difference serves every layer.
 */
export type Span = readonly [lo: bigint, hi: bigint];

export class IntSet {
  static readonly EMPTY = new IntSet([]);

  private constructor(readonly spans: readonly Span[]) {}

  static range(lo: bigint, hi: bigint): IntSet {
    return lo > hi ? IntSet.EMPTY : new IntSet([[lo, hi]]);
  }

  /** From spans in any order, overlapping or adjacent. */
  static of(spans: Iterable<Span>): IntSet {
    const sorted = [...spans].filter(([lo, hi]) => lo <= hi).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: [bigint, bigint][] = [];
    for (const [lo, hi] of sorted) {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1n) {
        if (hi > last[1]) last[1] = hi;
      } else out.push([lo, hi]);
    }
    return out.length === 0 ? IntSet.EMPTY : new IntSet(out);
  }

  get isEmpty(): boolean {
    return this.spans.length === 0;
  }

  union(o: IntSet): IntSet {
    if (o.isEmpty) return this;
    if (this.isEmpty) return o;
    return IntSet.of([...this.spans, ...o.spans]);
  }

  intersect(o: IntSet): IntSet {
    if (this.isEmpty || o.isEmpty) return IntSet.EMPTY;
    const out: Span[] = [];
    let i = 0;
    let j = 0;
    while (i < this.spans.length && j < o.spans.length) {
      const a = this.spans[i] as Span;
      const b = o.spans[j] as Span;
      const lo = a[0] > b[0] ? a[0] : b[0];
      const hi = a[1] < b[1] ? a[1] : b[1];
      if (lo <= hi) out.push([lo, hi]);
      if (a[1] < b[1]) i++;
      else j++;
    }
    return out.length === 0 ? IntSet.EMPTY : new IntSet(out);
  }

  minus(o: IntSet): IntSet {
    if (this.isEmpty || o.isEmpty) return this;
    const out: Span[] = [];
    let j = 0;
    for (const [lo0, hi] of this.spans) {
      let lo = lo0;
      while (j < o.spans.length && (o.spans[j] as Span)[1] < lo) j++;
      let k = j;
      while (k < o.spans.length && lo <= hi) {
        const [blo, bhi] = o.spans[k] as Span;
        if (blo > hi) break;
        if (blo > lo) out.push([lo, blo - 1n]);
        lo = bhi + 1n;
        k++;
      }
      if (lo <= hi) out.push([lo, hi]);
    }
    return out.length === 0 ? IntSet.EMPTY : new IntSet(out);
  }

  /** Every member of `o` is in this set. */
  covers(o: IntSet): boolean {
    return o.minus(this).isEmpty;
  }

  overlaps(o: IntSet): boolean {
    return !this.intersect(o).isEmpty;
  }

  has(n: bigint): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = this.spans[mid] as Span;
      if (n < a) hi = mid - 1;
      else if (n > b) lo = mid + 1;
      else return true;
    }
    return false;
  }

  equals(o: IntSet): boolean {
    return this.spans.length === o.spans.length && this.spans.every(([lo, hi], i) => lo === (o.spans[i] as Span)[0] && hi === (o.spans[i] as Span)[1]);
  }

  /** The smallest member; undefined when empty. */
  get first(): bigint | undefined {
    return this.spans[0]?.[0];
  }
}
