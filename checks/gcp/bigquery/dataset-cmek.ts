import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMEK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-bigquery-dataset-cmek',
    title: 'BigQuery dataset holding ePHI encrypts with a customer-managed KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'bigquery',
    resourceTypes: ['gcp.bigquery.dataset'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMEK_RATIONALE} The dataset default key applies to tables created after it is set.`,
    remediation: {
      summary: 'Set the dataset default KMS key (and re-create or copy existing tables with the key).',
      console: 'BigQuery > dataset > Edit details > Advanced options > Customer-managed encryption key.',
      cli: 'bq update --default_kms_key=projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY PROJECT:DATASET',
      terraform: 'resource "google_bigquery_dataset" "phi" {\n  default_encryption_configuration { kms_key_name = google_kms_crypto_key.phi.id }\n}',
    },
    references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  },
  evaluate(ds, ctx) {
    const na = ephiOnly(ds, ctx);
    if (na) return na;
    const key = ds.config.defaultKmsKeyName;
    const path = 'config.defaultKmsKeyName';
    if (key === undefined) return notAssessed('the default encryption key could not be read', [path, key]);
    if (key === null) return fail('new tables are encrypted with Google-managed keys only', [path, key]);
    return pass('new tables are encrypted with a customer-managed key', [path, key]);
  },
});
