/**
 * A bound on tasks running at once that starts waiting tasks by priority (lower first; equal
 * priorities in arrival order) instead of first come, first served. The collector queues every
 * request here: when hundreds of units open at once, a unit's follow-up calls (the next page of
 * a Config query, a key's rotation after its listing) would otherwise wait behind every other
 * unit's first call, and the dependency chains, not the rate limits, would set the wall time.
 */
interface Waiting {
  readonly priority: number;
  readonly arrival: number;
  readonly start: () => void;
}

export class PriorityLimit {
  private active = 0;
  private arrivals = 0;
  /** Binary min-heap of waiting tasks by (priority, arrival): O(log n) per task however long the queue. */
  private readonly heap: Waiting[] = [];

  constructor(private readonly concurrency: number) {
    if (!(concurrency >= 1)) throw new RangeError('concurrency must be at least 1');
  }

  async run<T>(priority: number, task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((start) => this.push({ priority, arrival: this.arrivals++, start }));
    else this.active++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, so `active` never drops while tasks wait.
      const next = this.pop();
      if (next) next.start();
      else this.active--;
    }
  }

  private before(i: number, j: number): boolean {
    const a = this.heap[i] as Waiting;
    const b = this.heap[j] as Waiting;
    return a.priority !== b.priority ? a.priority < b.priority : a.arrival < b.arrival;
  }

  private swap(i: number, j: number): void {
    const h = this.heap;
    [h[i], h[j]] = [h[j] as Waiting, h[i] as Waiting];
  }

  private push(item: Waiting): void {
    this.heap.push(item);
    for (let i = this.heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private pop(): Waiting | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    h[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.before(l, m)) m = l;
      if (r < h.length && this.before(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}
