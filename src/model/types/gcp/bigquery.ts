import { defineResourceType } from '../registry.js';
import { PUBLIC_MEMBERS, type IamBinding } from './common.js';

export interface BigqueryDatasetConfig {
  /** `defaultEncryptionConfiguration.kmsKeyName`; null = Google-managed key. */
  readonly defaultKmsKeyName: string | null | undefined;
  /** Members of the dataset ACL (`access[]`: `allUsers`, `allAuthenticatedUsers`, `user:...`, `group:...`); undefined = the list was not returned. */
  readonly accessMembers: readonly string[] | undefined;
  /** The dataset IAM policy (CAI IAM_POLICY content, Terraform `google_bigquery_dataset_iam_*`); undefined = not read. */
  readonly iamBindings: readonly IamBinding[] | undefined;
}

export const BIGQUERY_DATASET = defineResourceType({
  type: 'gcp.bigquery.dataset',
  provider: 'gcp',
  title: 'BigQuery dataset',
  native: { cai: 'bigquery.googleapis.com/Dataset', terraform: ['google_bigquery_dataset'] },
  // Public: an access entry for allUsers or allAuthenticatedUsers.
  network: (c) => ({ publicAddress: c.accessMembers?.some((m) => PUBLIC_MEMBERS.includes(m)) }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.bigquery.dataset': BigqueryDatasetConfig;
  }
}
