import { defineResourceType } from '../registry.js';
import { PUBLIC_MEMBERS, type IamBinding } from './common.js';

/** A Cloud Storage bucket (CAI `storage.googleapis.com/Bucket`, Storage JSON API shape). */
export interface StorageBucketConfig {
  /** `encryption.defaultKmsKeyName`; null = Google-managed keys. */
  readonly defaultKmsKeyName: string | null | undefined;
  readonly uniformBucketLevelAccess: boolean | undefined;
  /** `enforced`, or `inherited` / `unspecified` (not enforced on the bucket itself). */
  readonly publicAccessPrevention: 'enforced' | 'inherited' | 'unspecified' | undefined;
  readonly versioningEnabled: boolean | undefined;
  /** null = no retention policy. */
  readonly retentionPolicy: { readonly retentionPeriodSeconds: number; readonly isLocked: boolean } | null | undefined;
  /** Soft delete retention in seconds; null = soft delete off. */
  readonly softDeleteRetentionSeconds: number | null | undefined;
  /** `STANDARD`, `NEARLINE`, ... */
  readonly storageClass: string | undefined;
  /** `region`, `dual-region` or `multi-region`. */
  readonly locationType: string | undefined;
  /** Bucket IAM policy bindings; undefined = the IAM policy could not be read. */
  readonly iamBindings: readonly IamBinding[] | undefined;
}

export const STORAGE_BUCKET = defineResourceType({
  type: 'gcp.storage.bucket',
  provider: 'gcp',
  title: 'Cloud Storage bucket',
  native: { cai: 'storage.googleapis.com/Bucket', terraform: ['google_storage_bucket'] },
  // Public: a binding for allUsers or allAuthenticatedUsers that public access prevention does not block.
  network: (c) => ({
    publicAddress: c.iamBindings === undefined || c.publicAccessPrevention === undefined ? undefined : c.publicAccessPrevention !== 'enforced' && c.iamBindings.some((b) => b.members.some((m) => PUBLIC_MEMBERS.includes(m))),
  }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.storage.bucket': StorageBucketConfig;
  }
}
