import type { CoverageGap } from './coverage.js';
import type { Resource } from './resource.js';

/** What a collector yields: a resource, or a gap where something could not be read. */
export type CollectEvent =
  | { readonly kind: 'resource'; readonly resource: Resource }
  | { readonly kind: 'gap'; readonly gap: CoverageGap };
