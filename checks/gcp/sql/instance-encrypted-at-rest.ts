import { defineCheck } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';
import { GOOGLE_ENCRYPTION, googleEncryptionVerdict } from '../_shared.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'gcp-sql-instance-encrypted-at-rest',
    title: 'Cloud SQL instance encrypts data at rest',
    provider: 'gcp',
    service: 'sql',
    resourceTypes: ['gcp.sql.instance'],
    platform: GOOGLE_ENCRYPTION,
    view: {
      console: 'SQL > instance > Overview > Configuration > Encryption (read only).',
      cli: "gcloud sql instances describe INSTANCE --format='value(diskEncryptionConfiguration.kmsKeyName)'",
      terraform: '# Nothing to set: Cloud SQL encrypts with Google-managed keys by default. To use CMEK: encryption_key_name.',
    },
    references: ['https://cloud.google.com/sql/docs/postgres/cmek'],
  }),
  evaluate: (db) => googleEncryptionVerdict('config.kmsKeyName', db.config.kmsKeyName),
});
