import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-virtual-machine-encryption-at-host',
    title: 'VM holding ePHI encrypts temporary disks and disk caches (encryption at host)',
    severity: 'medium',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.virtual-machine'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Server-side encryption covers managed disks in storage, but not the VM\'s temporary disk or the OS/data disk caches on the host, where ePHI also lands (swap, temp files, cached blocks). Encryption at host encrypts those end to end with the disks\' keys.',
    remediation: {
      summary: 'Register the EncryptionAtHost feature, deallocate the VM and enable encryption at host.',
      console: 'Virtual machine > Settings > Disks > Additional settings > Encryption at host: Yes (VM deallocated).',
      cli: 'az vm update -g RG -n VM --set securityProfile.encryptionAtHost=true',
      terraform: 'resource "azurerm_linux_virtual_machine" "phi" {\n  encryption_at_host_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data', 'https://learn.microsoft.com/azure/virtual-machines/linux/disks-enable-host-based-encryption-cli'],
  },
  evaluate(vm, ctx) {
    const na = ephiOnly(vm, ctx);
    if (na) return na;
    const v = vm.config.encryptionAtHost;
    const path = 'config.encryptionAtHost';
    if (v === undefined) return notAssessed('the security profile could not be read', [path, v]);
    return v === true ? pass('encryption at host is on', [path, v]) : fail('temporary disk and caches are not encrypted at host', [path, v]);
  },
});
