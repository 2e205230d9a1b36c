import { describe, expect, it } from 'vitest';
import { ClientPool } from '../../../providers/aws/clients.js';
import { PriorityLimit } from '../../../providers/aws/priority-limit.js';

/** A task that runs until `finish` is called, recording when it started. */
function gate(started: string[], name: string): { task: () => Promise<string>; finish: () => void } {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PriorityLimit', () => {
  it('runs at most `concurrency` tasks, then starts waiting ones lowest priority first, in arrival order within a priority', async () => {
    const limit = new PriorityLimit(2);
    const started: string[] = [];
    const gates = Object.fromEntries(['a', 'b', 'late1', 'early', 'late2', 'early2'].map((n) => [n, gate(started, n)]));
    const g = (n: string) => gates[n] as ReturnType<typeof gate>;
    const results = [limit.run(5, g('a').task), limit.run(5, g('b').task), limit.run(9, g('late1').task), limit.run(1, g('early').task), limit.run(9, g('late2').task), limit.run(1, g('early2').task)];
    await settle();
    expect(started).toEqual(['a', 'b']);
    g('a').finish();
    await settle();
    // The priority-1 tasks that arrived after late1 go before it.
    expect(started).toEqual(['a', 'b', 'early']);
    g('b').finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'early', 'early2']);
    for (const n of ['early', 'early2', 'late1', 'late2']) {
      g(n).finish();
      await settle();
    }
    expect(started).toEqual(['a', 'b', 'early', 'early2', 'late1', 'late2']);
    expect(await Promise.all(results)).toEqual(['a', 'b', 'late1', 'early', 'late2', 'early2']);
  });

  it('frees the slot of a task that fails, and passes the failure on', async () => {
    const limit = new PriorityLimit(1);
    await expect(limit.run(0, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit.run(0, () => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('rejects a bound below one', () => {
    expect(() => new PriorityLimit(0)).toThrow(RangeError);
  });
});

describe('ClientPool', () => {
  it('resolves the environment settings every client shares once, from the same variables the SDK reads', async () => {
    const saved = process.env.AWS_USE_FIPS_ENDPOINT;
    process.env.AWS_USE_FIPS_ENDPOINT = 'true';
    const pool = new ClientPool({ endpoint: undefined, maxAttempts: 1, requestTimeoutMs: 1000, maxSockets: 4, rateLimits: {}, signal: undefined });
    try {
      const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
      const kms = pool.get('kms', '111111111111', 'us-east-1', credentials);
      const ec2 = pool.get('ec2', '111111111111', 'eu-west-1', credentials);
      // FIPS endpoints stay on where the user turned them on.
      expect(await kms.config.useFipsEndpoint()).toBe(true);
      expect(await ec2.config.useFipsEndpoint()).toBe(true);
      expect(await kms.config.useDualstackEndpoint()).toBe(false);
      // One client per account, region and service.
      expect(pool.get('kms', '111111111111', 'us-east-1', credentials)).toBe(kms);
    } finally {
      pool.destroy();
      if (saved === undefined) delete process.env.AWS_USE_FIPS_ENDPOINT;
      else process.env.AWS_USE_FIPS_ENDPOINT = saved;
    }
  });
});
