import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMEK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-sql-instance-cmek',
    title: 'Cloud SQL instance holding ePHI encrypts with a customer-managed KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: CMEK_RATIONALE,
    remediation: {
      summary: 'Create a new instance with a customer-managed key (CMEK is set at creation) and migrate the data to it.',
      console: 'SQL > Create instance > Customize your instance > Data protection > Encryption: Cloud KMS key.',
      cli: 'gcloud sql instances create NAME --disk-encryption-key=projects/PROJECT/locations/REGION/keyRings/RING/cryptoKeys/KEY ...',
      terraform: 'resource "google_sql_database_instance" "phi" {\n  encryption_key_name = google_kms_crypto_key.phi.id\n}',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/cmek', 'https://cloud.google.com/sql/docs/mysql/cmek'],
  },
  evaluate(db, ctx) {
    const na = ephiOnly(db, ctx);
    if (na) return na;
    const key = db.config.kmsKeyName;
    const path = 'config.kmsKeyName';
    if (key === undefined) return notAssessed('the disk encryption key could not be read', [path, key]);
    if (key === null) return fail('the instance is encrypted with a Google-managed key only', [path, key]);
    return pass('the instance is encrypted with a customer-managed key', [path, key]);
  },
});
