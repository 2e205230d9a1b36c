import type { Check } from '../src/engine/check-api.js';
import { AWS_CHECKS } from './aws/index.js';
import { AZURE_CHECKS } from './azure/index.js';
import { GCP_CHECKS } from './gcp/index.js';

/** Every check: explicit per-provider lists; a meta-test compares them with the files on disk. */
export const ALL_CHECKS: readonly Check[] = [...AWS_CHECKS, ...AZURE_CHECKS, ...GCP_CHECKS];
