import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMEK_RATIONALE, ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-disk-cmek',
    title: 'Compute Engine disk holding ePHI encrypts with a customer-managed KMS key',
    severity: 'medium',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.disk'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: CMEK_RATIONALE,
    remediation: {
      summary: 'Recreate the disk from a snapshot with a customer-managed key (the key of an existing disk cannot be changed in place).',
      console: 'Compute Engine > Disks > Create disk > Source: snapshot > Encryption: Cloud KMS key > choose the key; move the instance to the new disk.',
      cli: 'gcloud compute disks create DISK --source-snapshot=SNAPSHOT --kms-key=projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY --zone=ZONE',
      terraform: 'resource "google_compute_disk" "phi" {\n  disk_encryption_key { kms_key_self_link = google_kms_crypto_key.phi.id }\n}',
    },
    references: ['https://cloud.google.com/compute/docs/disks/customer-managed-encryption'],
  },
  evaluate(disk, ctx) {
    const na = ephiOnly(disk, ctx);
    if (na) return na;
    const key = disk.config.kmsKeyName;
    const path = 'config.kmsKeyName';
    if (key === undefined) return notAssessed('the disk encryption key could not be read', [path, key]);
    if (key === null) return fail('the disk is encrypted with a Google-managed key only', [path, key]);
    return pass('the disk is encrypted with a customer-managed key', [path, key]);
  },
});
