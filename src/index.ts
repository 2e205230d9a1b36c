/**
 * phiscan's public API: what `import ... from 'phiscan'` gives (docs/api.md). Writing a check
 * (docs/custom-checks.md) needs only `defineCheck` and the verdict helpers; `scan` / `render` run
 * the scanner from a program. Semver covers everything exported here (docs/versioning.md).
 */
export { defineCheck, pass, fail, notAssessed, notApplicable, observe } from './engine/check-api.js';
export type { Check, CheckContext, CheckMeta, CustomCheckOrigin, InventoryLookups, InventoryView, Remediation, ResourceSummary, Verdict } from './engine/check-api.js';
export type { DeferredText, Resource, ResourceSource, IacSource, LiveSource } from './model/resource.js';
export type { ConfigOf, Provider, ResourceType } from './model/types/index.js';
// Each provider's config interfaces (`aws.S3BucketConfig`); these re-exports also make the declarations load every type
// module that augments ResourceConfigMap (without them ResourceType would be `never` to a user).
export type * as aws from './model/types/aws/index.js';
export type * as azure from './model/types/azure/index.js';
export type * as gcp from './model/types/gcp/index.js';
export { isType, snippetText } from './model/resource.js';
export { SEVERITIES, STATUSES } from './model/finding.js';
export type { BaselineState, Evidence, Finding, Observed, ResourceRef, Severity, Status, Suppression } from './model/finding.js';
export { REPORT_SCHEMA_VERSION } from './model/report.js';
export type { RequirementId, RequirementStatus, RequirementSummary, ReportSummary, RunMetadata, ScanReport } from './model/report.js';
export { FORMATS, scan, render, readReport, exitCode } from './api/index.js';
export type { Format, OutputFile, RenderOptions, ScanInputs, ScanOptions } from './api/index.js';
