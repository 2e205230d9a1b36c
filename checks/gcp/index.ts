import type { Check } from '../../src/engine/check-api.js';

/** Every gcp check, sorted by id. */
export const GCP_CHECKS: readonly Check[] = [];
