import type { ResourceType, ResourceTypeDescriptor } from './registry.js';
import { AWS_RESOURCE_TYPES } from './aws/index.js';
import { AZURE_RESOURCE_TYPES } from './azure/index.js';
import { GCP_RESOURCE_TYPES } from './gcp/index.js';
import { IAC_UNMAPPED } from './iac.js';

export type { IacUnmappedConfig } from './iac.js';
export type { ConfigOf, NetworkPlacement, Provider, ResourceConfigMap, ResourceType, ResourceTypeDescriptor } from './registry.js';

/** Every canonical resource type: an explicit list per provider, no registration by import side effect. */
export const RESOURCE_TYPES: readonly ResourceTypeDescriptor[] = [...AWS_RESOURCE_TYPES, ...AZURE_RESOURCE_TYPES, ...GCP_RESOURCE_TYPES, IAC_UNMAPPED] as readonly ResourceTypeDescriptor[];

const byType = new Map<string, ResourceTypeDescriptor>(RESOURCE_TYPES.map((d) => [d.type, d]));

export function resourceTypeDescriptor(type: string): ResourceTypeDescriptor | undefined {
  return byType.get(type);
}

export function isResourceType(type: string): type is ResourceType {
  return byType.has(type);
}
