import { defineCheck } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';
import { GOOGLE_ENCRYPTION, googleEncryptionVerdict } from '../_shared.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'gcp-storage-bucket-encrypted-at-rest',
    title: 'Cloud Storage bucket encrypts objects at rest',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    platform: GOOGLE_ENCRYPTION,
    view: {
      console: 'Cloud Storage > Buckets > bucket > Configuration > Encryption type (read only).',
      cli: "gcloud storage buckets describe gs://BUCKET --format='value(default_kms_key)'",
      terraform: '# Nothing to set: Cloud Storage encrypts every object with Google-managed keys by default. To use CMEK: encryption { default_kms_key_name = ... }.',
    },
    references: ['https://cloud.google.com/storage/docs/encryption'],
  }),
  evaluate: (bucket) => googleEncryptionVerdict('config.defaultKmsKeyName', bucket.config.defaultKmsKeyName),
});
