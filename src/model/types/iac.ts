import { defineResourceType } from './registry.js';

/**
 * A managed resource of an IaC input that phiscan has no canonical type for: it is in the asset
 * inventory (address, file and line, tags) but no check applies to it. Only the Terraform reader
 * produces it; live collectors inventory what their APIs return.
 */
export interface IacUnmappedConfig {
  /** The Terraform resource type, e.g. `kubernetes_deployment`. */
  readonly terraformType: string;
  /**
   * `unsupported-type`: phiscan maps no canonical type from it. `parent-not-in-input`: phiscan
   * reads it as part of another resource (an `aws_s3_bucket_policy` of its bucket), and that
   * resource is not in this input. `mapping-failed`: reading it failed (the scan warned).
   */
  readonly reason: 'unsupported-type' | 'parent-not-in-input' | 'mapping-failed';
}

export const IAC_UNMAPPED = defineResourceType({ type: 'iac.unmapped', provider: 'other', title: 'IaC resource with no checks for its type', native: {} });

declare module './registry.js' {
  interface ResourceConfigMap {
    'iac.unmapped': IacUnmappedConfig;
  }
}
