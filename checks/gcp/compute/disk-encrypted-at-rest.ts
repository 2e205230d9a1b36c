import { defineCheck } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';
import { GOOGLE_ENCRYPTION, googleEncryptionVerdict } from '../_shared.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'gcp-compute-disk-encrypted-at-rest',
    title: 'Compute Engine disk is encrypted at rest',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.disk'],
    platform: GOOGLE_ENCRYPTION,
    view: {
      console: 'Compute Engine > Disks > disk > Encryption (read only).',
      cli: "gcloud compute disks describe DISK --zone ZONE --format='value(diskEncryptionKey)'",
      terraform: '# Nothing to set: Compute Engine encrypts every disk with Google-managed keys by default. To use CMEK: disk_encryption_key { kms_key_self_link = ... }.',
    },
    references: ['https://cloud.google.com/compute/docs/disks/disk-encryption'],
  }),
  evaluate: (disk) => googleEncryptionVerdict('config.kmsKeyName', disk.config.kmsKeyName),
});
