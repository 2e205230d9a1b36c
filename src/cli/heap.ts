import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Between full collections V8 lets the heap grow to up to 4x the data that survived the last
 * one. A scan of a million resources holds a few hundred MB and makes garbage at a high rate
 * (plan parsing, findings read back from their spill files, report chunks), so the process
 * would peak at several times what it uses. Growing by at most 1.5x between collections halves
 * the peak RSS of such a scan for about a quarter more garbage-collection CPU; small scans never
 * grow the heap far enough to notice. V8 reads the factor at every collection, so it applies
 * when set at run time.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Once a scan holds LARGE_HEAP_BYTES (a parsed IaC input of several hundred thousand resources),
 * the heap grows by at most 1.25x: 1.5x of a million resources' live data (0.5 GiB while findings
 * are read back) is past 1 GiB of RSS. While such an input is read and mapped, by at most 1.1x:
 * every Terraform resource and every mapped resource are live at once there (0.6 GiB for a million
 * plan resources) and the live data only grows, so collections come often anyway. It costs about a
 * fifth more CPU at that size (500k-resource plan at 1.25x: 40 -> 49 s user), which smaller scans
 * do not pay.
 */
export const LARGE_HEAP_GROWING_PERCENT = 25;
export const MAPPING_HEAP_GROWING_PERCENT = 10;
export const LARGE_HEAP_BYTES = 256 * 2 ** 20;
/**
 * What stays live after the inputs is past HUGE_HEAP_BYTES (a million CDKTF resources: 0.5 GiB):
 * the heap grows by at most 1.1x for the rest of the scan, as while mapping (at 1.25x such a scan
 * peaked at 1,160 MiB while its reports were written; at 1.1x, 1,054 MiB for 11% more CPU).
 */
export const HUGE_HEAP_BYTES = 384 * 2 ** 20;
/**
 * Past VAST_HEAP_BYTES (a million resources: a joined plan's Terraform records and mapped
 * resources when its mapping starts, a CDKTF stack's inventory while its reports are written),
 * by at most 1.05x: at 1.1x those peaked within 1-4% of 1 GiB, and a collection of the live half
 * GiB costs about half a second, so the few more it takes are worth the margin.
 */
export const VAST_HEAP_BYTES = 512 * 2 ** 20;
export const VAST_HEAP_GROWING_PERCENT = 5;

const userSetGrowth = (): boolean => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));
const used = (): number => getHeapStatistics().used_heap_size;
const large = (): boolean => used() >= LARGE_HEAP_BYTES;

/** How often the heap is looked at while inputs are read (the streaming readers await between chunks, so the check runs). */
const READ_WATCH_MS = 100;
let readWatch: NodeJS.Timeout | undefined;

/**
 * Bound heap growth for this process, unless the user set the factor (node option or NODE_OPTIONS).
 * While the inputs are read, the live data only grows, as while they are mapped: once it is large,
 * growth is bounded as for mapping (a million-resource plan of about 1 KB per resource holds 0.6 GiB
 * when read; growing by 1.5x there alone took the process past 1 GiB).
 */
export function boundHeapGrowth(): void {
  if (userSetGrowth()) return;
  setGrowth(HEAP_GROWING_PERCENT);
  clearInterval(readWatch);
  readWatch = setInterval(() => {
    if (boundHeapGrowthForMapping() === VAST_HEAP_GROWING_PERCENT) clearInterval(readWatch);
  }, READ_WATCH_MS).unref();
}

let growingPercent: number | undefined;
const setGrowth = (percent: number): number => {
  if (percent !== growingPercent) setFlagsFromString(`--heap-growing-percent=${(growingPercent = percent)}`);
  return percent;
};

/**
 * While inputs are read (the watcher above) and before a parsed IaC input is mapped (mapping is
 * synchronous: the watcher cannot run during it): bound growth to MAPPING_HEAP_GROWING_PERCENT when
 * the heap is large, VAST_HEAP_GROWING_PERCENT when vast, until boundHeapGrowthToLive. The bound
 * it set, if any.
 */
export function boundHeapGrowthForMapping(): number | undefined {
  if (!large() || userSetGrowth()) return undefined;
  return setGrowth(used() >= VAST_HEAP_BYTES ? VAST_HEAP_GROWING_PERCENT : MAPPING_HEAP_GROWING_PERCENT);
}

/** Once the inputs are read and collected, by what stays live: 1.05x when vast, 1.1x when huge, 1.25x when large, else 1.5x. */
export function boundHeapGrowthToLive(): void {
  clearInterval(readWatch);
  if (userSetGrowth()) return;
  const live = used();
  setGrowth(live >= VAST_HEAP_BYTES ? VAST_HEAP_GROWING_PERCENT : live >= HUGE_HEAP_BYTES ? MAPPING_HEAP_GROWING_PERCENT : live >= LARGE_HEAP_BYTES ? LARGE_HEAP_GROWING_PERCENT : HEAP_GROWING_PERCENT);
}

/**
 * One full collection, right after the inputs are read. Parsing and mapping a large IaC input
 * leaves more garbage (the Terraform resources, their values, the join indexes) than the
 * canonical resources it keeps, and V8 sized the heap's next limit on all of it: without this the
 * engine's first phase would grow the heap into that allowance before anything is collected
 * (a 500k-resource plan: peak RSS 743 -> 688 MiB). A small input's collection takes a few ms.
 */
export function collectGarbage(): void {
  // A flag set at run time exposes gc() to contexts created after it: a new one hands it over.
  setFlagsFromString('--expose-gc');
  try {
    // Never fails a scan: a runtime that does not hand gc() over only skips the collection.
    const gc = runInNewContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;
    gc?.();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
