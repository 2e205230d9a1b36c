import { defineCheck, notAssessed, pass } from '../../../src/engine/check-api.js';
import { encryptionAtRestMeta } from '../../_encryption-at-rest.js';

export default defineCheck({
  meta: encryptionAtRestMeta({
    id: 'azure-compute-disk-encrypted-at-rest',
    title: 'Managed disk or snapshot is encrypted at rest (server-side encryption)',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.disk', 'azure.compute.snapshot'],
    platform: 'Azure encrypts every managed disk and snapshot at rest with server-side encryption (platform-managed keys unless a disk encryption set names a customer-managed key); it cannot be turned off. Temporary disks and caches are a separate question (encryption at host).',
    view: {
      console: 'Disk > Settings > Encryption (read only: platform-managed or customer-managed key).',
      cli: 'az disk show --name DISK --resource-group RG --query encryption.type',
      terraform: '# Nothing to set: server-side encryption with platform-managed keys is always on. To use a customer-managed key: disk_encryption_set_id.',
    },
    references: ['https://learn.microsoft.com/azure/virtual-machines/disk-encryption'],
  }),
  evaluate(disk) {
    const v = disk.config.encryptionType;
    const path = 'config.encryptionType';
    if (v === undefined) return notAssessed('the encryption type could not be read', [path, v]);
    return pass(`encrypted at rest (${v})`, [path, v]);
  },
});
