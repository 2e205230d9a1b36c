import type { ResourceTypeDescriptor } from '../registry.js';

/** Canonical gcp resource types (one module per type, listed here). */
export const GCP_RESOURCE_TYPES: readonly ResourceTypeDescriptor[] = [];
