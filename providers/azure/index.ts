export { AZURE_READ_OPERATIONS, createAzureCollector, GRAPH_PERMISSION, type AzureCollectorOptions, type AzureScope } from './collector.js';
export { staticTokenCredential } from './credentials.js';
export { ARM_MAPPERS, ARM_TYPES } from './mappers.js';
export { PUBLIC_CLOUD, type AzureEndpoints } from './rest.js';
