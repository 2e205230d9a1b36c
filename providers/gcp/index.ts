export { createGcpCollector, GCP_ASSET_TYPES, GCP_READ_RPCS, scopeParents, type GcpCollectorOptions, type GcpScope } from './collector.js';
export { ASSET_MAPPERS } from './mappers.js';
export { gcpEndpointClientOptions } from './endpoint.js';
