import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-compute-disk-no-public-export',
    title: 'Managed disk or snapshot cannot be exported over the public network',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'compute',
    resourceTypes: ['azure.compute.disk', 'azure.compute.snapshot'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'A disk or snapshot with network access policy AllowAll can be exported through a SAS URL from any internet address, and the exported VHD is the decrypted content: encryption at rest no longer protects it. Restrict export to a private endpoint (AllowPrivate with a disk access resource) or deny it, and require Microsoft Entra ID authorization for export.',
    remediation: {
      summary: 'Set the network access policy to DenyAll (or AllowPrivate with a disk access resource) and disable public network access.',
      console: 'Disk or snapshot > Settings > Networking > Network access: Disable public and private access (or Disable public access and enable private access).',
      cli: 'az disk update -g RG -n DISK --network-access-policy DenyAll --public-network-access Disabled   # az snapshot update for snapshots',
      terraform: 'resource "azurerm_managed_disk" "phi" {\n  network_access_policy         = "DenyAll"\n  public_network_access_enabled = false\n}',
    },
    references: ['https://learn.microsoft.com/azure/virtual-machines/disks-enable-private-links-for-import-export-portal', 'https://learn.microsoft.com/azure/virtual-machines/linux/disks-export-import-private-links-cli'],
  },
  evaluate(disk) {
    const { networkAccessPolicy, publicNetworkAccess, dataAccessAuthMode } = disk.config;
    const ev = [['config.networkAccessPolicy', networkAccessPolicy], ['config.publicNetworkAccess', publicNetworkAccess]] as const;
    if (networkAccessPolicy === 'DenyAll' || networkAccessPolicy === 'AllowPrivate') return pass(`export is ${networkAccessPolicy === 'DenyAll' ? 'denied' : 'limited to a private endpoint'}`, ...ev);
    if (publicNetworkAccess === 'Disabled') return pass('export over the public network is disabled', ...ev);
    if (networkAccessPolicy === undefined) return notAssessed('the network access policy could not be read', ...ev);
    if (publicNetworkAccess === undefined) return notAssessed('public network access could not be read', ...ev);
    const auth = dataAccessAuthMode === 'AzureActiveDirectory' ? ' (export SAS requires Entra ID authorization)' : '';
    return fail(`the disk can be exported from any network${auth}`, ...ev, ['config.dataAccessAuthMode', dataAccessAuthMode]);
  },
});
