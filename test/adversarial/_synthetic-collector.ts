/** In-memory collectors for the interrupt and timeout cases (no vitest import: real child processes use it too). */
import type { Collector } from '../../providers/types.js';
import type { Resource } from '../../src/model/resource.js';

export function bucket(i: number): Resource {
  return { provider: 'aws', type: 'aws.s3.bucket', id: `arn:aws:s3:::b${i}`, name: `b${i}`, account: '111122223333', region: 'us-east-1', tags: {}, config: {}, source: { kind: 'live', api: 'test' } } as unknown as Resource;
}

/**
 * `count` resources, then `onCollected()`; with `stuck`, it yields one resource and then never
 * returns, ignoring the abort signal (a collector hung in a library call).
 */
export function syntheticCollector(count: number, opts: { stuck?: boolean; onCollected?: () => void } = {}): Collector {
  return {
    name: 'synthetic',
    async *collect(ctx) {
      if (opts.stuck) {
        yield { kind: 'resource', resource: bucket(0) };
        opts.onCollected?.();
        // Hung: never settles, never looks at the signal; the interval keeps the event loop alive.
        setInterval(() => undefined, 1000);
        await new Promise(() => undefined);
      }
      for (let i = 0; i < count; i++) {
        ctx.signal?.throwIfAborted();
        yield { kind: 'resource', resource: bucket(i) };
      }
      opts.onCollected?.();
    },
  };
}
