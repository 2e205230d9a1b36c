import type { Provider, ResourceType } from './resource.js';

export const GAP_REASONS = ['access-denied', 'throttled', 'timeout', 'not-enabled', 'not-found', 'unsupported', 'error'] as const;
export type GapReason = (typeof GAP_REASONS)[number];

/**
 * What could not be read, where and why. A gap names the resource types it hides, so
 * the engine reports every check on those types in that scope as not assessed: "could
 * not list" never reads as "nothing to check".
 */
export interface CoverageGap {
  readonly provider: Provider;
  readonly service: string;
  readonly operation: string;
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  readonly resourceTypes: readonly ResourceType[];
  readonly reason: GapReason;
  /** Provider error code (`AccessDeniedException`, `AuthorizationFailed`, `PERMISSION_DENIED`). */
  readonly errorCode?: string | undefined;
  /** One line, no secrets. */
  readonly message: string;
}
