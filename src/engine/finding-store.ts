/**
 * Where a scan's findings go while they are produced, and how they are read back in report order.
 * Up to SPILL_RUN findings stay in memory as a sorted array (every ordinary scan: no file is
 * written). Beyond that, each SPILL_RUN findings are sorted and written as one run of JSON lines
 * to a private temporary directory (mode 0700 in os.tmpdir(), files 0600: findings name
 * resources), and reading merges the runs (k-way, ties in production order, like a stable sort).
 * A reader holds one finding per run, so a scan of millions of findings needs memory for one run.
 * The directory is removed by `dispose`, when the process exits (also after an error), and by
 * `removeSpills` (the CLI's second-signal exit).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Finding } from '../model/finding.js';
import type { FindingList } from '../model/report.js';
import { byString } from '../model/order.js';

/** Report order: check id, then resource id. */
export function compareFindings(a: Finding, b: Finding): number {
  return byString(a.checkId, b.checkId) || byString(a.resource.id, b.resource.id);
}

/** Findings held in memory before a sorted run of them is written out (about 50 MB of findings). */
export const SPILL_RUN = 50_000;

/** Receives findings in any order; `finish` returns them in report order. */
export interface FindingSink<F extends FindingList> {
  add(finding: Finding): void;
  finish(): F;
}

/** Everything in memory (tests, the library API, `evaluate`). */
export function memoryFindings(): FindingSink<Finding[]> {
  const findings: Finding[] = [];
  return { add: (f) => void findings.push(f), finish: () => findings.sort(compareFindings) };
}

/** In memory up to `runSize` findings, spilled to sorted runs on disk beyond (the scan pipeline). */
export function spillingFindings(runSize = SPILL_RUN): FindingSink<FindingList> {
  let buffer: Finding[] = [];
  let spill: SpilledFindings | undefined;
  return {
    add(f) {
      if (buffer.length >= runSize) {
        (spill ??= new SpilledFindings()).writeRun(buffer.sort(compareFindings));
        buffer = [];
      }
      buffer.push(f);
    },
    finish() {
      if (!spill) return buffer.sort(compareFindings);
      if (buffer.length > 0) spill.writeRun(buffer.sort(compareFindings));
      buffer = [];
      return spill;
    },
  };
}

/** Release a list's temporary files now (a no-op for an array). */
export function disposeFindings(findings: FindingList): void {
  if (findings instanceof SpilledFindings) findings.dispose();
}

const live = new Set<SpilledFindings>();

/** Remove every spill directory of this process (synchronous: runs on exit and on a hard interrupt). */
export function removeSpills(): void {
  for (const s of live) s.dispose();
}

let exitHook = false;

/**
 * The temporary directory could not take a run (full, read-only, not writable): the scan stops
 * with one line and exit 2 naming TMPDIR and the fix, never as an internal error.
 */
export class ScratchSpaceError extends Error {
  override readonly name = 'ScratchSpaceError';
}

/** `op`, with a file-system failure turned into a ScratchSpaceError. */
function inScratch<T>(op: () => T): T {
  try {
    return op();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code !== 'string') throw err;
    throw new ScratchSpaceError(`could not write findings to the temporary directory ${tmpdir()} (a scan past ${SPILL_RUN.toLocaleString('en-US')} findings keeps them there): ${e.code}: ${(e.message.split('\n')[0] ?? '').replace(/^\w+: /, '')}; free space there or set TMPDIR to a larger disk`);
  }
}

class SpilledFindings implements FindingList {
  private readonly dir: string;
  private readonly runs: string[] = [];
  private count = 0;

  constructor() {
    // mkdtemp creates the directory 0700; each file is created 0600 below.
    this.dir = inScratch(() => mkdtempSync(join(tmpdir(), 'phiscan-findings-')));
    live.add(this);
    if (!exitHook) {
      exitHook = true;
      process.on('exit', removeSpills);
    }
  }

  get length(): number {
    return this.count;
  }

  writeRun(sorted: readonly Finding[]): void {
    const file = join(this.dir, `run-${this.runs.length}.ndjson`);
    inScratch(() => this.writeFile(file, sorted));
    this.runs.push(file);
    this.count += sorted.length;
  }

  private writeFile(file: string, sorted: readonly Finding[]): void {
    const fd = openSync(file, 'wx', 0o600);
    try {
      let parts: string[] = [];
      let size = 0;
      for (const f of sorted) {
        const line = `${JSON.stringify(f)}\n`;
        parts.push(line);
        size += line.length;
        if (size >= 1 << 20) {
          writeSync(fd, parts.join(''));
          parts = [];
          size = 0;
        }
      }
      if (parts.length > 0) writeSync(fd, parts.join(''));
    } finally {
      closeSync(fd);
    }
  }

  *[Symbol.iterator](): Generator<Finding> {
    if (!live.has(this)) throw new Error('spilled findings were read after they were released');
    const readers = this.runs.map((file) => jsonLines(file));
    try {
      // A binary min-heap of run heads; equal findings come from the earlier run first (a stable sort).
      const heads: (Finding | undefined)[] = readers.map((r) => next(r));
      const heap = heads.flatMap((h, i) => (h === undefined ? [] : [i]));
      const less = (a: number, b: number) => {
        const c = compareFindings(heads[a] as Finding, heads[b] as Finding);
        return c < 0 || (c === 0 && a < b);
      };
      const down = (from: number) => {
        for (let i = from; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l] as number, heap[m] as number)) m = l;
          if (r < heap.length && less(heap[r] as number, heap[m] as number)) m = r;
          if (m === i) return;
          [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
          i = m;
        }
      };
      for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
      while (heap.length > 0) {
        const run = heap[0] as number;
        yield heads[run] as Finding;
        heads[run] = next(readers[run] as Generator<Finding>);
        if (heads[run] === undefined) {
          const last = heap.pop() as number;
          if (heap.length > 0) heap[0] = last;
        }
        down(0);
      }
    } finally {
      for (const r of readers) r.return(undefined);
    }
  }

  dispose(): void {
    if (!live.delete(this)) return;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function next(reader: Generator<Finding>): Finding | undefined {
  const r = reader.next();
  return r.done ? undefined : r.value;
}

/**
 * Bytes a run's reader holds between reads. Every run is read at once (a million findings: 20
 * runs), so this is paid per run: 64 KiB, not 1 MiB, keeps the merge's buffers and text near
 * 3 MB instead of 40 MB for a few more reads.
 */
const READ_CHUNK = 64 << 10;

/** One JSON value per line (JSON.stringify escapes line breaks inside strings), read READ_CHUNK bytes at a time. */
function* jsonLines(file: string): Generator<Finding> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const text = rest + decoder.write(buf.subarray(0, n));
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        yield JSON.parse(text.slice(start, nl)) as Finding;
        start = nl + 1;
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') yield JSON.parse(rest) as Finding;
  } finally {
    closeSync(fd);
  }
}
