import type { AzureWorld, WorldResource, WorldSubscription } from './world.js';

/**
 * A synthetic tenant for benchmarks and scale tests: `subscriptions` subscriptions, each with
 * `resourcesPerSubscription` resources cycling through storage accounts (blob service + diagnostic
 * settings sub-resources), NSGs, disks, VMs (with NICs and an extensions list) and key vaults
 * (diagnostic settings + keys + one secret), and two Global Administrators. Deterministic: the same arguments give the same world.
 */
export function generateTenantWorld(subscriptions: number, resourcesPerSubscription: number): AzureWorld {
  const subs: WorldSubscription[] = [];
  for (let s = 0; s < subscriptions; s++) {
    const subscriptionId = `0000bead-0000-4000-8000-${String(s).padStart(12, '0')}`;
    const P = `/subscriptions/${subscriptionId}/resourceGroups/rg/providers`;
    const resources: WorldResource[] = [];
    for (let i = 0; i < resourcesPerSubscription; i++) {
      const n = String(i).padStart(4, '0');
      const tags = i % 3 === 0 ? { phi: 'true' } : {};
      const base = { resourceGroup: 'rg', location: 'eastus', tags };
      switch (i % 5) {
        case 0:
          resources.push({
            ...base, type: 'Microsoft.Storage/storageAccounts', name: `st${s}x${n}`, kind: 'StorageV2', sku: { name: 'Standard_GRS' },
            properties: { supportsHttpsTrafficOnly: true, minimumTlsVersion: i % 10 === 0 ? 'TLS1_2' : 'TLS1_0', networkAcls: { defaultAction: 'Deny' }, encryption: { keySource: 'Microsoft.Storage' } },
            children: { 'blobServices/default': { properties: { deleteRetentionPolicy: { enabled: i % 10 === 0, days: 7 } } } },
          });
          break;
        case 1:
          resources.push({ ...base, type: 'Microsoft.Network/networkSecurityGroups', name: `nsg${n}`, properties: { securityRules: [{ name: 'ssh', properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, sourceAddressPrefix: i % 10 === 1 ? '*' : '10.0.0.0/8', destinationPortRange: '22' } }] } });
          break;
        case 2:
          resources.push({ ...base, type: 'Microsoft.Compute/disks', name: `d${n}`, properties: { encryption: { type: 'EncryptionAtRestWithPlatformKey' }, networkAccessPolicy: 'DenyAll', diskState: 'Unattached' } });
          break;
        case 3:
          resources.push({ ...base, type: 'Microsoft.Network/networkInterfaces', name: `nic${n}`, properties: { ipConfigurations: [{ properties: { subnet: { id: `${P}/Microsoft.Network/virtualNetworks/v/subnets/s` } } }] } });
          resources.push({
            ...base, type: 'Microsoft.Compute/virtualMachines', name: `vm${n}`,
            properties: { storageProfile: { osDisk: { osType: 'Linux' } }, networkProfile: { networkInterfaces: [{ id: `${P}/Microsoft.Network/networkInterfaces/nic${n}` }] }, extended: { instanceView: { powerState: { code: 'PowerState/running' } } } },
          });
          break;
        default:
          resources.push({
            ...base, type: 'Microsoft.KeyVault/vaults', name: `kv${s}x${n}`, properties: { enableSoftDelete: true, enablePurgeProtection: i % 10 === 4 },
            // One secret, as the ARM list returns it (attributes, no value); every other vault's never expires.
            children: { secrets: { value: [{ id: `${P}/Microsoft.KeyVault/vaults/kv${s}x${n}/secrets/db`, name: 'db', type: 'Microsoft.KeyVault/vaults/secrets', properties: { attributes: i % 10 === 4 ? { enabled: true, exp: 1830297600 } : { enabled: true } } }] } },
          });
      }
    }
    subs.push({
      subscriptionId, displayName: `bench-${s}`, resourceGroups: [{ name: 'rg', location: 'eastus' }], resources,
      settings: {
        'providers/Microsoft.Security/pricings': { value: [{ name: 'VirtualMachines', properties: { pricingTier: 'Standard', subPlan: 'P2' } }] },
        'providers/Microsoft.Insights/diagnosticSettings': { value: [] },
        'providers/Microsoft.Authorization/policyAssignments': { value: [] },
      },
    });
  }
  return {
    tenantId: '0000bead-0000-4000-8000-00000000beef', subscriptions: subs, graph: {
      securityDefaults: { isEnabled: true }, conditionalAccessPolicies: [],
      directoryRoleMembers: { '62e90394-69f5-4237-9190-012177145e10': ['admin-1', 'admin-2'].map((id) => ({ '@odata.type': '#microsoft.graph.user', id })) },
    },
  };
}
