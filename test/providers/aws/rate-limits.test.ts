import { describe, expect, it } from 'vitest';
import { ApiRateLimiter, AWS_RATE_LIMITS, limitFor, TokenBucket, type Clock } from '../../../providers/aws/rate-limits.js';

/** A clock that only moves when told to; sleeps resolve once it has moved past their deadline. */
function fakeClock(): Clock & { advance(ms: number): Promise<void>; sleeps: number[] } {
  let now = 0;
  const waiting: { until: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  return {
    sleeps: [],
    now: () => now,
    sleep(ms, signal) {
      this.sleeps.push(ms);
      return new Promise((resolve, reject) => {
        const entry = { until: now + ms, resolve, reject };
        waiting.push(entry);
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
      });
    },
    async advance(ms) {
      now += ms;
      for (const w of waiting.splice(0)) {
        if (w.until <= now) w.resolve();
        else waiting.push(w);
      }
      await Promise.resolve();
    },
  };
}

/** Let resolved promises run their continuations. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AWS API rate limits', () => {
  it('looks up the most specific limit, per operation unless the limit is per service', () => {
    expect(limitFor(AWS_RATE_LIMITS, 'kms', 'DescribeKey')).toEqual({ limit: { capacity: 2000, refillPerSecond: 2000 }, bucket: 'kms:DescribeKey' });
    expect(limitFor(AWS_RATE_LIMITS, 'ec2', 'DescribeVolumes')).toEqual({ limit: { capacity: 100, refillPerSecond: 20 }, bucket: 'ec2:DescribeVolumes' });
    // The reachability reads: EC2 non-mutating actions, each its own bucket of 100 refilled at 20/s.
    for (const op of ['DescribeRouteTables', 'DescribeVpcPeeringConnections']) expect(limitFor(AWS_RATE_LIMITS, 'ec2', op)).toEqual({ limit: { capacity: 100, refillPerSecond: 20 }, bucket: `ec2:${op}` });
    // DynamoDB's control plane is one budget for all its operations.
    expect(limitFor(AWS_RATE_LIMITS, 'dynamodb', 'DescribeTable')?.bucket).toBe('dynamodb');
    expect(limitFor(AWS_RATE_LIMITS, 'dynamodb', 'ListTables')?.bucket).toBe('dynamodb');
    // Services AWS publishes no rate for fall to the default.
    expect(limitFor(AWS_RATE_LIMITS, 'iam', 'GetAccountSummary')?.limit).toEqual(AWS_RATE_LIMITS['*']);
    expect(limitFor({}, 'iam', 'GetAccountSummary')).toBeUndefined();
  });

  it('grants the burst at once, then one token per refill interval', () => {
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 10 }, 0);
    expect([0, 0, 0, 0].map(() => bucket.tryTake(0))).toEqual([0, 0, 0, 100]);
    // A call that finds no token takes none: at 100 ms the next token is there, at 150 ms half of the one after.
    expect(bucket.tryTake(100)).toBe(0);
    expect(bucket.tryTake(150)).toBeCloseTo(50);
  });

  it('refills an idle bucket up to its capacity, never beyond', () => {
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1 }, 0);
    bucket.tryTake(0);
    bucket.tryTake(0);
    // An hour idle refills two tokens, not 3,600.
    expect([bucket.tryTake(3_600_000), bucket.tryTake(3_600_000), bucket.tryTake(3_600_000)]).toEqual([0, 0, 1000]);
  });

  it('keeps separate buckets per account, region and operation', async () => {
    const clock = fakeClock();
    const limiter = new ApiRateLimiter({ '*': { capacity: 1, refillPerSecond: 1 } }, clock);
    expect(await limiter.acquire('111', 'us-east-1', 'ec2', 'DescribeVpcs')).toBe(false);
    let second = false;
    void limiter.acquire('111', 'us-east-1', 'ec2', 'DescribeVpcs').then((paced) => (second = paced));
    // The same bucket is empty; every other account, region and operation has its own.
    expect(await limiter.acquire('111', 'us-east-1', 'ec2', 'DescribeSubnets')).toBe(false);
    expect(await limiter.acquire('111', 'eu-west-1', 'ec2', 'DescribeVpcs')).toBe(false);
    expect(await limiter.acquire('222', 'us-east-1', 'ec2', 'DescribeVpcs')).toBe(false);
    expect(second).toBe(false);
    expect(clock.sleeps).toEqual([1000]);
    await clock.advance(1000);
    await settle();
    expect(second).toBe(true);
  });

  it('holds a call until its token is due, and releases calls in order as the clock moves', async () => {
    const clock = fakeClock();
    const limiter = new ApiRateLimiter({ 'kms:*': { capacity: 1, refillPerSecond: 2 } }, clock);
    const done: number[] = [];
    const calls = [1, 2, 3].map((n) => limiter.acquire('111', 'us-east-1', 'kms', 'DescribeKey').then(() => done.push(n)));
    await clock.advance(0);
    expect(done).toEqual([1]);
    // One timer for the bucket, for its next token.
    expect(clock.sleeps).toEqual([500]);
    await clock.advance(500);
    await settle();
    expect(done).toEqual([1, 2]);
    await clock.advance(500);
    await Promise.all(calls);
    expect(done).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([500, 500]);
  });

  it('lets out one call per token after a late timer, not every call whose time has passed', async () => {
    const clock = fakeClock();
    const limiter = new ApiRateLimiter({ 'kms:*': { capacity: 1, refillPerSecond: 2 } }, clock);
    const done: number[] = [];
    const calls = [1, 2, 3, 4].map((n) => limiter.acquire('111', 'us-east-1', 'kms', 'DescribeKey').then(() => done.push(n)));
    await clock.advance(0);
    expect(done).toEqual([1]);
    // The event loop was busy for 1.5 s: calls 2-4 were all due by then, but the bucket holds one token.
    await clock.advance(1500);
    await settle();
    expect(done).toEqual([1, 2]);
    await clock.advance(500);
    await settle();
    expect(done).toEqual([1, 2, 3]);
    await clock.advance(500);
    await Promise.all(calls);
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('stops waiting when the run is aborted', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const limiter = new ApiRateLimiter({ '*': { capacity: 1, refillPerSecond: 1 } }, clock, controller.signal);
    await limiter.acquire('111', 'us-east-1', 'iam', 'GetAccountSummary');
    const waiting = limiter.acquire('111', 'us-east-1', 'iam', 'GetAccountSummary');
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    await expect(limiter.acquire('111', 'us-east-1', 'kms', 'ListKeys')).rejects.toMatchObject({ name: 'AbortError' });
  });
});
