import type { Collector } from '../../../providers/types.js';

/**
 * A collector whose provider module, and the cloud SDK it brings, is imported when the run first
 * uses it (authenticate or collect), not when the flags are read: `scan --terraform-plan` never
 * loads an AWS, Azure or Google SDK, and flag errors are reported before any SDK loads.
 */
export function lazyCollector(name: string, create: () => Promise<Collector>): Collector {
  let loading: Promise<Collector> | undefined;
  let loaded: Collector | undefined;
  const collector = () =>
    (loading ??= create().then((c) => {
      loaded = c;
      return c;
    }));
  return {
    name,
    async authenticate(signal) {
      await (await collector()).authenticate?.(signal);
    },
    async *collect(ctx) {
      yield* (await collector()).collect(ctx);
    },
    identities: () => loaded?.identities?.() ?? [],
  };
}
