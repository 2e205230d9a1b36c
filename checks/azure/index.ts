import type { Check } from '../../src/engine/check-api.js';

/** Every azure check, sorted by id. */
export const AZURE_CHECKS: readonly Check[] = [];
