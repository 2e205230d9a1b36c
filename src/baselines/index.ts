/**
 * `phiscan/baselines`: CDKTF constructs that deploy a HIPAA-aligned starting point and scan clean
 * with phiscan's own checks. Needs the optional peer dependencies `@cdktf/provider-aws`,
 * `@cdktf/provider-azurerm` and `@cdktf/provider-google` (install only the ones you use and import
 * the provider's own subpath, e.g. `phiscan/baselines/aws`, to load only that binding).
 */
export * from './aws.js';
export * from './tags.js';
