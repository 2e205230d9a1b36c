import type { CollectEvent } from '../src/model/collect.js';
import type { Shard } from '../src/engine/shard.js';

export type { CollectEvent } from '../src/model/collect.js';

export interface CollectContext {
  /** Aborted on SIGINT/SIGTERM or --timeout: stop issuing calls and return. */
  readonly signal?: AbortSignal;
  /** Progress lines for a human on stderr; never secrets. */
  readonly log: (message: string) => void;
  /**
   * Present under `--shard I/N`: collect only the work units this shard owns
   * (`selectShard` in src/engine/shard.ts over the collector's unit keys, e.g.
   * `aws/<account>/<region>/<service>`, `azure/<subscription>`, `gcp/<project>`).
   */
  readonly shard?: Shard;
}

/**
 * A collector turns one input (a cloud scope or IaC files) into a stream of resources and
 * coverage gaps. Clients are created from the scope it was given, never at import time.
 */
export interface Collector {
  readonly name: string;
  /**
   * Resolve the identity the collector acts as, before anything is scanned; throws
   * NoIdentityError (providers/no-identity.ts) when none can be resolved at all. Failures after
   * that (one account of many, one denied service) are coverage gaps, never this error.
   */
  authenticate?(signal?: AbortSignal): Promise<void>;
  collect(ctx: CollectContext): AsyncIterable<CollectEvent>;
  /** Principals the collector acts as (ARN, object id, service-account e-mail), for the run metadata. */
  identities?(): readonly string[];
}
