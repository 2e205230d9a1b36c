import { defineResourceType } from '../registry.js';
import { PUBLIC_MEMBERS } from './common.js';

export interface BigqueryDatasetConfig {
  /** `defaultEncryptionConfiguration.kmsKeyName`; null = Google-managed key. */
  readonly defaultKmsKeyName: string | null | undefined;
  /** Members of the dataset ACL (`allUsers`, `allAuthenticatedUsers`, `user:...`, `group:...`). */
  readonly accessMembers: readonly string[] | undefined;
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
