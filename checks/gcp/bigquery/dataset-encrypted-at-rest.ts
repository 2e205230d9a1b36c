import { defineCheck } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';
import { GOOGLE_ENCRYPTION, googleEncryptionVerdict } from '../_shared.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'gcp-bigquery-dataset-encrypted-at-rest',
    title: 'BigQuery dataset encrypts table data at rest',
    provider: 'gcp',
    service: 'bigquery',
    resourceTypes: ['gcp.bigquery.dataset'],
    platform: GOOGLE_ENCRYPTION,
    view: {
      console: 'BigQuery dataset > Details > Default encryption (read only: Google-managed or customer-managed key).',
      cli: 'bq show --format=prettyjson PROJECT:DATASET | grep -A2 defaultEncryptionConfiguration',
      terraform: '# Nothing to set: BigQuery encrypts with Google-managed keys by default. To use CMEK: default_encryption_configuration { kms_key_name = ... }.',
    },
    references: ['https://cloud.google.com/bigquery/docs/encryption-at-rest'],
  }),
  evaluate: (ds) => googleEncryptionVerdict('config.defaultKmsKeyName', ds.config.defaultKmsKeyName),
});
