/**
 * AWS API rate limits per account and Region, as AWS documents them, and the client-side token
 * buckets the collector paces its calls with. The same table sizes the simulator's buckets in
 * the benchmark, so the benchmark's lower bound uses the limits a real account has.
 *
 * Keys are `service:Operation`, `service:*` or `*` (the most specific wins), with the service
 * named as in the simulator's call log (`elasticloadbalancing`, `elasticfilesystem`, `s3-control`).
 * A limit applies per operation unless `per: 'service'` says one bucket serves the whole service.
 * Where AWS publishes no rate the default applies; the SDK's adaptive retry stays the safety net
 * for any throttling the table does not foresee (quotas raised or lowered per account, shared use).
 */
import { AbortedError } from './unit.js';

export interface RateLimit {
  /** Burst: calls accepted at once. */
  readonly capacity: number;
  readonly refillPerSecond: number;
  /** `service`: one bucket for every operation of the service; default one bucket per operation. */
  readonly per?: 'operation' | 'service';
}

export type RateLimits = Readonly<Record<string, RateLimit>>;

/** A quota stated as requests per second: a one-second burst, refilled at that rate. */
const perSecond = (n: number): RateLimit => ({ capacity: n, refillPerSecond: n });

export const AWS_RATE_LIMITS: RateLimits = {
  // EC2: non-mutating (Describe*, Get*) actions, each API its own bucket of 100 refilled at 20/s.
  // Paginated calls use this bucket, not the smaller unfiltered/unpaginated one (50, 10/s).
  // https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html
  'ec2:*': { capacity: 100, refillPerSecond: 20 },
  // The reads segmentation by reachability adds (paginated, so the same per-API bucket), named so the table lists every call phiscan makes.
  'ec2:DescribeRouteTables': { capacity: 100, refillPerSecond: 20 },
  'ec2:DescribeVpcPeeringConnections': { capacity: 100, refillPerSecond: 20 },
  // KMS request quotas, per operation: https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html
  'kms:DescribeKey': perSecond(2000),
  'kms:GetKeyRotationStatus': perSecond(1000),
  'kms:ListKeys': perSecond(500),
  'kms:ListResourceTags': perSecond(2000),
  // CloudTrail: get, describe and list APIs, 10 transactions per second.
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Limits.html
  'cloudtrail:*': perSecond(10),
  // DynamoDB control plane (ListTables, DescribeTable, ...): 2,500 requests per second in all.
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-control-plane.html
  'dynamodb:*': { ...perSecond(2500), per: 'service' },
  // S3: 5,500 GET/HEAD requests per second per partitioned prefix; a bucket's configuration reads are GETs on it.
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html
  's3:*': perSecond(5500),
  // CloudWatch Logs: DescribeLogGroups 10, DescribeMetricFilters 5 transactions per second per account and Region.
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html
  'logs:DescribeLogGroups': perSecond(10),
  'logs:DescribeMetricFilters': perSecond(5),
  // CloudWatch: DescribeAlarms 9 transactions per second. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html
  'cloudwatch:DescribeAlarms': perSecond(9),
  // Not published (IAM, Config, RDS, ELB, Backup, GuardDuty, Inspector, SSM, EFS, CloudFront,
  // Organizations, STS, S3 Control): a conservative 10 per second per operation, burst 20.
  '*': { capacity: 20, refillPerSecond: 10 },
};

/** The limit for one operation and the bucket it draws from (`service` or `service:Operation`). */
export function limitFor(limits: RateLimits, service: string, operation: string): { limit: RateLimit; bucket: string } | undefined {
  const limit = limits[`${service}:${operation}`] ?? limits[`${service}:*`] ?? limits['*'];
  if (!limit) return undefined;
  return { limit, bucket: limit.per === 'service' ? service : `${service}:${operation}` };
}

/** A token bucket: the burst (capacity) at once, then tokens at the refill rate, never more than the capacity. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly limit: RateLimit, now: number) {
    this.tokens = limit.capacity;
    this.last = now;
  }

  /** Take a token at `now` if one is there (returns 0); else take none and return the milliseconds until one is. */
  tryTake(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return ((1 - this.tokens) / this.limit.refillPerSecond) * 1000;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.limit.capacity, this.tokens + (elapsed / 1000) * this.limit.refillPerSecond);
    this.last = Math.max(this.last, now);
  }
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects when `signal` aborts first. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError('collection aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError('collection aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  }),
};

/**
 * Token buckets per (account, region, bucket) over one rate-limit table: `acquire` resolves when
 * the call may be sent. Every account, region and service has its own buckets, so all of them
 * proceed in parallel, each at its own documented rate. Calls that find their bucket empty wait
 * in its queue and leave one at a time as tokens refill, timed by the clock when they leave: a
 * timer that fires late (a busy event loop) lets out one call per token then, never the burst of
 * every call whose reserved time has passed.
 */
export class ApiRateLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; waiting: { resolve: () => void; reject: (e: unknown) => void }[] }>();

  constructor(private readonly limits: RateLimits, private readonly clock: Clock = realClock, private readonly signal?: AbortSignal) {}

  /** Resolves when the call may be sent: true when it had to wait for a token (it is paced), false when one was free. */
  async acquire(account: string, region: string, service: string, operation: string): Promise<boolean> {
    if (this.signal?.aborted) throw new AbortedError('collection aborted');
    const found = limitFor(this.limits, service, operation);
    if (!found) return false;
    const key = `${account}/${region}/${found.bucket}`;
    let entry = this.buckets.get(key);
    if (!entry) this.buckets.set(key, (entry = { bucket: new TokenBucket(found.limit, this.clock.now()), waiting: [] }));
    if (entry.waiting.length === 0 && entry.bucket.tryTake(this.clock.now()) === 0) return false;
    const { waiting } = entry;
    const bucket = entry.bucket;
    await new Promise<void>((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (waiting.length === 1) this.release(bucket, waiting);
    });
    return true;
  }

  /** Let waiting calls out while the bucket has tokens, then sleep until its next token (one timer per bucket with waiters). */
  private release(bucket: TokenBucket, waiting: { resolve: () => void; reject: (e: unknown) => void }[]): void {
    let wait = 0;
    while (waiting.length > 0 && (wait = bucket.tryTake(this.clock.now())) === 0) waiting.shift()?.resolve();
    if (waiting.length === 0) return;
    this.clock.sleep(wait, this.signal).then(
      () => this.release(bucket, waiting),
      (err: unknown) => {
        for (const w of waiting.splice(0)) w.reject(err);
      },
    );
  }
}
