/**
 * `phiscan/baselines`: CDKTF constructs that deploy a HIPAA-aligned starting point and scan clean
 * with phiscan's own checks. This entry loads every provider binding (`@cdktf/provider-aws`,
 * `@cdktf/provider-azurerm`, `@cdktf/provider-google`, optional peer dependencies); import
 * `phiscan/baselines/aws`, `/azure` or `/gcp` to need only the one you use.
 */
export * from './aws.js';
export * from './azure.js';
export * from './gcp.js';
export * from './tags.js';
