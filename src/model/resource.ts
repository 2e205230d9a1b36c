import type { ConfigOf, Provider, ResourceType } from './types/registry.js';

export type { ConfigOf, Provider, ResourceType } from './types/registry.js';

export interface LiveSource {
  readonly kind: 'live';
  /** The API the config was read from, e.g. `config:BatchGetResourceConfig` or `s3:GetBucketEncryption`. */
  readonly api: string;
}

export interface IacSource {
  readonly kind: 'iac';
  readonly format: 'terraform-plan' | 'terraform-hcl' | 'cdktf';
  /** Path relative to the scanned input's root, with forward slashes. */
  readonly file: string;
  /** 1-based line of the resource block. */
  readonly line: number;
  /** 1-based last line of the block (HCL, CDKTF; a plan has no source text). */
  readonly endLine?: number;
  /**
   * The block's source text for SARIF snippets (HCL, CDKTF): at most 20 lines and 2 KB, values of
   * secret-looking attributes masked. Kept on the report's inventory entry, not on each finding.
   * A CDKTF block's text is read from its file when a report needs it (see DeferredText); read
   * it with snippetText.
   */
  readonly snippet?: string | DeferredText;
  /** Terraform address, e.g. `module.data.aws_s3_bucket.phi`. */
  readonly address: string;
  readonly constructPath?: string;
  /** For resources inside a module: the `module` block that instantiates the resource's module (its own call site). */
  readonly moduleCall?: { readonly file: string; readonly line: number };
  /** For resources in a nested module: every call site from the root module's down to `moduleCall`. */
  readonly moduleCalls?: readonly { readonly file: string; readonly line: number }[];
  /**
   * The Terraform resources read as part of this one (`aws_s3_bucket_versioning` of a bucket, the
   * rules of a security group), so every managed resource of the input is in the inventory.
   */
  readonly joined?: readonly { readonly address: string; readonly file: string; readonly line: number }[];
  /** Config paths whose value is the cloud's default because the IaC did not set it. */
  readonly defaulted?: readonly string[];
  /** Inline suppressions found in the source (`# phiscan:ignore CHECK reason`). */
  readonly suppressions?: readonly { readonly checkId: string; readonly reason: string }[];
}

export type ResourceSource = LiveSource | IacSource;

/**
 * Text produced when it is needed rather than held for the whole scan. `toJSON` returns it
 * (undefined when it cannot be had any more), so a report written with JSON.stringify holds the
 * text in the key's place, or no key.
 */
export interface DeferredText {
  toJSON(): string | undefined;
}

/** An IaC block's source text, read now when it is deferred; undefined when there is none. */
export function snippetText(source: IacSource): string | undefined {
  const s = source.snippet;
  return (typeof s === 'string' ? s : s?.toJSON()) || undefined;
}

export interface Resource<T extends ResourceType = ResourceType> {
  readonly provider: Provider;
  readonly type: T;
  /** Stable id: ARN, Azure resource id, GCP full resource name, or IaC-derived id. */
  readonly id: string;
  readonly name: string;
  /** AWS account, Azure subscription, GCP project; undefined when not known (often in IaC). */
  readonly account: string | undefined;
  readonly region: string | undefined;
  /** undefined = tags could not be read; {} = no tags. */
  readonly tags: Readonly<Record<string, string>> | undefined;
  readonly config: ConfigOf<T>;
  readonly source: ResourceSource;
}

/** Narrow a resource to a type. */
export function isType<T extends ResourceType>(r: Resource, type: T): r is Resource<T> {
  return r.type === type;
}
