import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMEK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-storage-bucket-cmek',
    title: 'Cloud Storage bucket holding ePHI encrypts with a customer-managed KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'storage',
    resourceTypes: ['gcp.storage.bucket'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: CMEK_RATIONALE,
    remediation: {
      summary: 'Set the bucket default encryption key to a customer-managed Cloud KMS key (grant the Cloud Storage service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it).',
      console: 'Cloud Storage > Buckets > bucket > Configuration > Encryption type > Edit > Customer-managed encryption key > choose the key.',
      cli: 'gcloud storage buckets update gs://BUCKET --default-encryption-key=projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY',
      terraform: 'resource "google_storage_bucket" "phi" {\n  encryption { default_kms_key_name = google_kms_crypto_key.phi.id }\n}',
    },
    references: ['https://cloud.google.com/storage/docs/encryption/customer-managed-keys', 'https://cloud.google.com/storage/docs/encryption/using-customer-managed-keys'],
  },
  evaluate(bucket, ctx) {
    const na = ephiOnly(bucket, ctx);
    if (na) return na;
    const key = bucket.config.defaultKmsKeyName;
    const path = 'config.defaultKmsKeyName';
    if (key === undefined) return notAssessed('the default encryption key could not be read', [path, key]);
    if (key === null) return fail('new objects are encrypted with Google-managed keys only', [path, key]);
    return pass('new objects are encrypted with a customer-managed key', [path, key]);
  },
});
