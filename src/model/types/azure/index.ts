import type { ResourceTypeDescriptor } from '../registry.js';

/** Canonical azure resource types (one module per type, listed here). */
export const AZURE_RESOURCE_TYPES: readonly ResourceTypeDescriptor[] = [];
