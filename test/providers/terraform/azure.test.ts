import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { diag, logCat, nsg, PHI, rule, storageAccount } from '../../checks/azure/_fixtures.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };
const get = (rs: readonly Resource[], id: string) => rs.find((r) => r.id === id) as Resource;

/** Status per check of one resource, in a world. */
function statuses(world: readonly Resource[], id: string): Record<string, string> {
  return Object.fromEntries(evaluate(world, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((f) => f.resource.id === id).map((f) => [f.checkId, f.status]));
}

describe('azurerm mapping', () => {
  it('joins the storage account with its customer-managed key and diagnostic settings; gives the live answers', async () => {
    const rs = await loadTerraformDirs([join(root, 'fixtures/iac/azure/compliant')], quiet);
    const id = 'terraform:azurerm_storage_account.records';
    const sa = get(rs, id);
    expect(sa.config).toMatchObject({
      skuName: 'Standard_GRS',
      publicNetworkAccess: 'Disabled',
      encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyVaultUri: 'terraform:azurerm_key_vault.phi' } },
      blobService: { deleteRetentionPolicy: { enabled: true, days: 30 }, isVersioningEnabled: true },
    });
    const live = storageAccount(
      {
        skuName: 'Standard_GRS', supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false, allowSharedKeyAccess: false, publicNetworkAccess: 'Disabled',
        networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] },
        encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyVaultUri: 'https://acme-phi-kv.vault.azure.net/', keyName: 'storage-cmk', keyVersion: null } },
        blobService: { deleteRetentionPolicy: { enabled: true, days: 30 }, containerDeleteRetentionPolicy: { enabled: true, days: 30 }, isVersioningEnabled: true },
        blobDiagnosticSettings: [diag([logCat('StorageRead'), logCat('StorageWrite'), logCat('StorageDelete')])],
      },
      { id: 'live-sa', tags: PHI },
    );
    const fromIac = statuses(rs, id);
    expect(Object.keys(fromIac).length).toBeGreaterThan(5);
    expect(fromIac).toEqual(statuses([live], 'live-sa'));
  });

  it('joins separate NSG rules and SQL firewall rules; the non-compliant stack fails like its live twin', async () => {
    const rs = await loadTerraformDirs([join(root, 'fixtures/iac/azure/noncompliant')], quiet);
    const id = 'terraform:azurerm_network_security_group.web';
    expect(get(rs, id).config).toMatchObject({
      securityRules: [
        { name: 'ssh', direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, sourceAddressPrefixes: ['*'], destinationPortRanges: ['22'] },
        { name: 'sql', priority: 110, sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['1433'] },
      ],
    });
    const live = nsg({ securityRules: [rule({ name: 'ssh', priority: 100, sourceAddressPrefixes: ['*'], destinationPortRanges: ['22'] }), rule({ name: 'sql', priority: 110, sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['1433'] })],
      flowLogs: [{ id: 'terraform:azurerm_network_watcher_flow_log.web_nsg', enabled: true, retentionDays: 30, trafficAnalyticsEnabled: false, targetResourceId: id }] }, { id: 'live-nsg' });
    expect(get(rs, id).config).toMatchObject({ flowLogs: live.config.flowLogs });
    expect(statuses(rs, id)).toEqual(statuses([live], 'live-nsg'));
    expect(get(rs, 'terraform:azurerm_mssql_server.records').config).toMatchObject({ minimalTlsVersion: '1.0', firewallRules: [{ name: 'anywhere', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }], encryptionProtectorKeyType: 'ServiceManaged' });
  });
});
