import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { CMK_RATIONALE, ephiOnly } from '../_shared.js';

const CUSTOMER_KEY_TYPES = ['EncryptionAtRestWithCustomerKey', 'EncryptionAtRestWithPlatformAndCustomerKeys', 'ConfidentialVmEncryptedWithCustomerKey'];

export default defineCheck({
  meta: {
    id: 'azure-compute-disk-cmk',
    title: 'Managed disk or snapshot holding ePHI is encrypted with a customer-managed key',
    severity: 'medium',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.disk', 'azure.compute.snapshot'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: `${CMK_RATIONALE} Managed disks and their snapshots use a disk encryption set that points at the Key Vault key.`,
    remediation: {
      summary: 'Create a disk encryption set with a Key Vault key and switch the disk (deallocate the VM first) or snapshot to EncryptionAtRestWithCustomerKey.',
      console: 'Disk > Settings > Encryption > Key management: Customer-managed key > select the disk encryption set.',
      cli: 'az disk update -g RG -n DISK --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set DES_ID',
      terraform: 'resource "azurerm_managed_disk" "phi" {\n  disk_encryption_set_id = azurerm_disk_encryption_set.phi.id\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-machines/disk-encryption', 'https://learn.microsoft.com/azure/virtual-machines/disks-enable-customer-managed-keys-portal'],
  },
  evaluate(disk, ctx) {
    const na = ephiOnly(disk, ctx);
    if (na) return na;
    const { encryptionType, diskEncryptionSetId } = disk.config;
    const path = 'config.encryptionType';
    if (encryptionType === undefined) return notAssessed('the encryption type could not be read', [path, encryptionType]);
    if (CUSTOMER_KEY_TYPES.includes(encryptionType)) return pass(`encrypted with a customer-managed key (${encryptionType})`, [path, encryptionType], ['config.diskEncryptionSetId', diskEncryptionSetId]);
    return fail(`encrypted with platform-managed keys only (${encryptionType})`, [path, encryptionType]);
  },
});
