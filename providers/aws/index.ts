export { AWS_READ_ACTIONS, readActions, readOnlyPolicy } from './actions.js';
export { awsUnits, createAwsCollector, GLOBAL_SERVICES, REGIONAL_SERVICES, type AwsCollectorOptions, type AwsScope } from './collector.js';
