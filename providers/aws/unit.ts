import type pLimit from 'p-limit';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Resource, ResourceType } from '../../src/model/resource.js';
import type { ClientName, ClientOf, ClientPool, Credentials } from './clients.js';
import { classify } from './errors.js';
import { pushAll } from '../../src/lib/arrays.js';

/**
 * One work unit: a service in an account and region (`aws/<account>/<region>/<service>`,
 * region `global` for IAM, S3 and the account's trail list). Units are independent, so
 * `--shard I/N` can split them across jobs.
 */
export interface Unit {
  readonly key: string;
  readonly account: string;
  /** `global` for account-wide units. */
  readonly region: string;
  readonly service: string;
}

export type ConfigItems = readonly Readonly<Record<string, unknown>>[];

/** What a unit's collector can use; every call goes through `call`, which turns failures into gaps. */
export interface UnitContext {
  readonly unit: Unit;
  /** The region to call: the unit's region, or the account's home region for global units. */
  readonly region: string;
  /** Regions scanned in this account (for per-bucket filtering and home-region choices). */
  readonly regions: readonly string[];
  readonly now: Date;
  /** The run's signal (the clients' HTTP handler carries it too, so calls take no send options). */
  readonly signal: AbortSignal | undefined;
  /** Per-item work in flight within the unit (one per key, bucket, trail...): a memory bound; the rate limiter paces the calls. */
  readonly each: ReturnType<typeof pLimit>;
  client<N extends ClientName>(name: N, region?: string): ClientOf<N>;
  emit(resource: Resource): void;
  /**
   * Run one API call (or a whole paginated listing). On failure: a coverage gap naming the
   * hidden types, and undefined. `absent` error codes mean "not configured" and yield null.
   */
  call<T>(service: string, operation: string, hides: readonly ResourceType[], fn: () => Promise<T>, absent?: readonly string[]): Promise<T | null | undefined>;
  /** AWS Config items of one resource type in this account and region, or undefined when Config does not record the type here (or the query failed). */
  configItems(type: string): Promise<ConfigItems | undefined>;
}

export class AbortedError extends Error {
  override readonly name = 'AbortError';
}

export function makeUnitContext(args: {
  unit: Unit; priority: number; region: string; regions: readonly string[]; now: Date; signal: AbortSignal | undefined; each: ReturnType<typeof pLimit>;
  pool: ClientPool; credentials: Credentials; resources: Resource[]; gaps: CoverageGap[];
  configItems: (type: string) => Promise<ConfigItems | undefined>;
  log: (m: string) => void;
}): UnitContext {
  const { unit, pool, credentials } = args;
  return {
    unit, region: args.region, regions: args.regions, now: args.now, signal: args.signal, each: args.each,
    client: (name, region) => pool.get(name, unit.account, region ?? args.region, credentials, args.priority),
    emit: (r) => args.resources.push(r),
    configItems: args.configItems,
    async call(service, operation, hides, fn, absent = []) {
      try {
        if (args.signal?.aborted) throw new AbortedError('collection aborted');
        return await fn();
      } catch (err) {
        const e = classify(err);
        if (absent.includes(e.code)) return null;
        args.log(`aws: ${service}:${operation} ${unit.account}/${unit.region} failed: ${e.code}`);
        args.gaps.push({ provider: 'aws', service, operation, account: unit.account, region: unit.region, resourceTypes: [...hides], reason: e.reason, errorCode: e.code, message: e.message });
        return undefined;
      }
    },
  };
}

/** Drain an SDK paginator into one list, stopping when the scan is aborted. */
export async function drain<P, T>(pages: AsyncIterable<P>, pick: (page: P) => readonly T[] | undefined, signal: AbortSignal | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) {
    if (signal?.aborted) throw new AbortedError('collection aborted');
    pushAll(out, pick(page) ?? []);
  }
  return out;
}

export function arnRegion(region: string): string {
  return region === 'global' ? '' : region;
}
