import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { AZURE_CHECKS } from '../../../checks/azure/index.js';
import { parseCdktfStack } from '../../../providers/terraform/cdktf.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { appGateway, cosmos, diag, disk, logCat, NSG, PHI, redis, RG, snapshot, SUBNET, vm, webSite } from '../../checks/azure/_fixtures.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

/**
 * VMs, disks, snapshots, Cosmos DB, Redis, web apps and Application Gateways read from Terraform
 * give the same finding status as the same resources read live after apply (the live twins are
 * what the ARM mapper produces for the deployed fixture stacks).
 */

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };
const load = (side: 'compliant' | 'noncompliant') => loadTerraformDirs([join(root, 'fixtures/iac/azure', side)], quiet);
const get = (rs: readonly Resource[], id: string) => {
  const r = rs.find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};

// Segmentation reads the whole network, which the live twins leave out (segmentation-equivalence.test.ts compares live and Terraform networks for GCP only so far).
const NETWORK_WIDE = new Set(['azure-network-ephi-segmented']);

function statuses(world: readonly Resource[], id: string): Record<string, string> {
  return Object.fromEntries(evaluate(world, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((f) => f.resource.id === id && !NETWORK_WIDE.has(f.checkId)).map((f) => [f.checkId, f.status]));
}

/** IaC id -> live twin, per fixture side. */
const nic = (publicIpAddressIds: string[] = [], networkSecurityGroupId: string | null = NSG) => ({ id: `${RG}/providers/Microsoft.Network/networkInterfaces/ehr-nic`, subnetIds: [SUBNET], publicIpAddressIds, networkSecurityGroupId, applicationSecurityGroupIds: [], privateIpAddresses: undefined });
const PIP = `${RG}/providers/Microsoft.Network/publicIPAddresses/ehr-pip`;

const TWINS: Record<'compliant' | 'noncompliant', Record<string, Resource>> = {
  compliant: {
    'terraform:azurerm_linux_virtual_machine.ehr': vm({ encryptionAtHost: true, networkInterfaces: [nic()], backupProtected: true, patchAssessment: undefined }, { id: 'live-vm', tags: PHI }),
    'terraform:azurerm_managed_disk.ehr_data': disk({}, { id: 'live-disk', tags: PHI }),
    'terraform:azurerm_cosmosdb_account.records': cosmos({ isVirtualNetworkFilterEnabled: false, diagnosticSettings: [diag([logCat('DataPlaneRequests')])] }, { id: 'live-cosmos', tags: PHI }),
    'terraform:azurerm_redis_cache.sessions': redis({}, { id: 'live-redis' }),
    'terraform:azurerm_linux_web_app.portal': webSite({}, { id: 'live-site' }),
    'terraform:azurerm_application_gateway.portal': appGateway({}, { id: 'live-agw' }),
  },
  noncompliant: {
    'terraform:azurerm_windows_virtual_machine.ehr': vm({ osType: 'Windows', encryptionAtHost: null, networkInterfaces: [nic([PIP], null)], backupProtected: false, patchSettings: { assessmentMode: 'ImageDefault', patchMode: 'AutomaticByOS' }, patchAssessment: undefined }, { id: 'live-vm', tags: PHI }),
    'terraform:azurerm_virtual_machine.legacy': vm({ encryptionAtHost: null, networkInterfaces: [nic([], null)], backupProtected: false, patchSettings: { assessmentMode: null, patchMode: null }, patchAssessment: undefined }, { id: 'live-vm', tags: PHI }),
    'terraform:azurerm_managed_disk.ehr_data': disk({ encryptionType: 'EncryptionAtRestWithPlatformKey', diskEncryptionSetId: null, networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled', dataAccessAuthMode: null }, { id: 'live-disk', tags: PHI }),
    'terraform:azurerm_cosmosdb_account.records': cosmos({ keyVaultKeyUri: null, publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, ipRules: [], minimalTlsVersion: 'Tls11', disableLocalAuth: null, diagnosticSettings: [] }, { id: 'live-cosmos', tags: PHI }),
    'terraform:azurerm_redis_cache.sessions': redis({ enableNonSslPort: true, minimumTlsVersion: '1.0', publicNetworkAccess: 'Enabled' }, { id: 'live-redis' }),
    'terraform:azurerm_windows_web_app.portal': webSite({ kind: 'app', httpsOnly: false, minTlsVersion: '1.0', ftpsState: 'AllAllowed' }, { id: 'live-site' }),
    'terraform:azurerm_linux_function_app.intake': webSite({ kind: 'functionapp,linux', scmMinTlsVersion: '1.1' }, { id: 'live-site' }),
    'terraform:azurerm_application_gateway.portal': appGateway({ sslPolicy: null, httpListeners: [{ name: 'http', protocol: 'Http' }], wafEnabled: null }, { id: 'live-agw' }),
  },
};

describe('azurerm compute and PaaS mapping', () => {
  for (const side of ['compliant', 'noncompliant'] as const) {
    it(`gives the live answers on the ${side} fixtures`, async () => {
      const rs = await load(side);
      for (const [id, twin] of Object.entries(TWINS[side])) {
        const fromIac = statuses(rs, id);
        expect(Object.keys(fromIac).length, id).toBeGreaterThan(0);
        expect(fromIac, id).toEqual(statuses([twin], twin.id));
        if (side === 'compliant') expect(Object.values(fromIac), id).not.toContain('fail');
        else expect(Object.values(fromIac), id).toContain('fail');
      }
    });
  }

  it('resolves the VM NIC, its subnet, NSG and public IP by reference, and the backup item that names the VM', async () => {
    const ok = await load('compliant');
    expect(get(ok, 'terraform:azurerm_linux_virtual_machine.ehr').config).toEqual({
      osType: 'Linux', diskIds: undefined, encryptionAtHost: true, powerState: undefined, extensionTypes: undefined, backupProtected: true,
      patchSettings: { assessmentMode: 'AutomaticByPlatform', patchMode: 'AutomaticByPlatform' }, patchAssessment: undefined,
      networkInterfaces: [{ id: 'terraform:azurerm_network_interface.ehr', subnetIds: ['terraform:azurerm_subnet.vm_tier'], publicIpAddressIds: [], networkSecurityGroupId: 'terraform:azurerm_network_security_group.vm_tier', applicationSecurityGroupIds: [], privateIpAddresses: undefined }],
    });
    expect(get(ok, 'terraform:azurerm_managed_disk.ehr_data').config).toMatchObject({ encryptionType: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'terraform:azurerm_disk_encryption_set.phi', managedBy: 'terraform:azurerm_linux_virtual_machine.ehr' });
    const bad = await load('noncompliant');
    const win = get(bad, 'terraform:azurerm_windows_virtual_machine.ehr');
    expect(win.config).toMatchObject({ osType: 'Windows', encryptionAtHost: false, backupProtected: false, networkInterfaces: [{ publicIpAddressIds: ['terraform:azurerm_public_ip.ehr'], networkSecurityGroupId: null }] });
    // The provider default is recorded, so the report can say the value was not written down.
    expect(win.source).toMatchObject({ defaulted: ['encryption_at_host_enabled', 'patch_assessment_mode', 'patch_mode'] });
  });

  it('leaves a snapshot key unknown (azurerm cannot choose it) while its export settings are assessed', async () => {
    for (const side of ['compliant', 'noncompliant'] as const) {
      const rs = await load(side);
      const live = snapshot(side === 'compliant' ? {} : { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled' }, { id: 'live-snap', tags: PHI });
      // azurerm_snapshot does not state its encryption type, so neither its key nor its encryption at rest is known.
      expect(statuses(rs, 'terraform:azurerm_snapshot.ehr_data')).toEqual({ ...statuses([live], 'live-snap'), 'azure-compute-disk-cmk': 'not_assessed', 'azure-compute-disk-encrypted-at-rest': 'not_assessed' });
    }
  });

  it('reads web app defaults from the provider: FTP disabled and TLS 1.2 when site_config is empty', async () => {
    const site = get(await load('compliant'), 'terraform:azurerm_linux_web_app.portal');
    expect(site.config).toMatchObject({ kind: 'app,linux', minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'Disabled' });
    const defaulted = site.source.kind === 'iac' ? site.source.defaulted : undefined;
    expect(defaulted).toContain('site_config.ftps_state');
    expect(defaulted).toContain('site_config.minimum_tls_version');
  });

  it('makes every newly mapped check pass on the compliant side and fail on the non-compliant side', async () => {
    const types = new Set(['azure.compute.virtual-machine', 'azure.compute.disk', 'azure.compute.snapshot', 'azure.cosmosdb.account', 'azure.redis.cache', 'azure.web.site', 'azure.network.application-gateway']);
    // Encryption at rest of disks and Cosmos DB accounts cannot fail: Azure encrypts them always.
    const cannotFail = new Set(['azure-compute-disk-encrypted-at-rest', 'azure-cosmosdb-account-encrypted-at-rest']);
    // Runtime state a configuration cannot show: Update Manager results; the vault of a VM backed up from another subscription's configuration.
    const runtimeOnly = new Set(['azure-compute-virtual-machine-no-missing-critical-patches', 'azure-compute-virtual-machine-backup-separate-subscription']);
    const checks = AZURE_CHECKS.filter((c) => c.meta.resourceTypes.some((t) => types.has(t)) && !cannotFail.has(c.meta.id) && !runtimeOnly.has(c.meta.id));
    expect(checks.length).toBe(18);
    const seen = new Map<string, Set<string>>();
    for (const side of ['compliant', 'noncompliant'] as const) {
      for (const f of evaluate(await load(side), [], checks, { now: TEST_NOW }).findings) seen.set(`${side}:${f.checkId}`, (seen.get(`${side}:${f.checkId}`) ?? new Set()).add(f.status));
    }
    for (const c of checks) {
      expect(seen.get(`compliant:${c.meta.id}`), c.meta.id).toContain('pass');
      expect(seen.get(`compliant:${c.meta.id}`), c.meta.id).not.toContain('fail');
      expect(seen.get(`noncompliant:${c.meta.id}`), c.meta.id).toContain('fail');
    }
  });
});

describe('azurerm compute in CDKTF and plan form, and what Terraform cannot know', () => {
  const stack = (resource: Record<string, Record<string, unknown>>) => mapResources(parseCdktfStack('s', 'cdk.tf.json', JSON.stringify({ terraform: {}, resource })));
  const nicJson = (ipConfiguration: Record<string, unknown>) => ({ name: 'n', location: 'eastus', resource_group_name: 'rg', ip_configuration: [{ name: 'ip', private_ip_address_allocation: 'Dynamic', ...ipConfiguration }] });
  const vmJson = (extra: Record<string, unknown> = {}) => ({ name: 'v', location: 'eastus', resource_group_name: 'rg', size: 'Standard_B2s', admin_username: 'u', network_interface_ids: ['${azurerm_network_interface.n.id}'], os_disk: { caching: 'ReadWrite', storage_account_type: 'Premium_LRS' }, ...extra });
  const vmOf = (rs: readonly Resource[]) => get(rs, 'cdktf:s/azurerm_linux_virtual_machine.v') as Resource<'azure.compute.virtual-machine'>;

  it('maps CDKTF tokens like HCL references', () => {
    const rs = stack({
      azurerm_subnet: { s: { name: 's', resource_group_name: 'rg', virtual_network_name: 'vnet', address_prefixes: ['10.0.1.0/24'] } },
      azurerm_public_ip: { p: { name: 'p', location: 'eastus', resource_group_name: 'rg', allocation_method: 'Static' } },
      azurerm_network_interface: { n: nicJson({ subnet_id: '${azurerm_subnet.s.id}', public_ip_address_id: '${azurerm_public_ip.p.id}' }) },
      azurerm_linux_virtual_machine: { v: vmJson({ encryption_at_host_enabled: true }) },
    });
    expect(vmOf(rs).config).toMatchObject({ encryptionAtHost: true, networkInterfaces: [{ subnetIds: ['cdktf:s/azurerm_subnet.s'], publicIpAddressIds: ['cdktf:s/azurerm_public_ip.p'], networkSecurityGroupId: null }], backupProtected: false });
  });

  it('reads a plan the same way: NIC and public IP known after apply, joined through the configuration references', () => {
    const subnet = `${RG}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`;
    const change = (type: string, name: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, change: { actions: ['create'], after, after_unknown: { id: true, ...afterUnknown } } });
    const config = (type: string, name: string, expressions: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, expressions });
    const plan = parsePlan('phi.plan.json', JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [
        change('azurerm_public_ip', 'p', { name: 'p', location: 'eastus', allocation_method: 'Static' }, { ip_address: true }),
        change('azurerm_network_interface', 'n', { name: 'n', location: 'eastus', ip_configuration: [{ name: 'ip', subnet_id: subnet, private_ip_address_allocation: 'Dynamic', public_ip_address_id: null }] }, { ip_configuration: [{ public_ip_address_id: true, private_ip_address: true }] }),
        change('azurerm_linux_virtual_machine', 'v', { name: 'v', location: 'eastus', size: 'Standard_B2s', encryption_at_host_enabled: true, network_interface_ids: [null], tags: PHI }, { network_interface_ids: [true], os_disk: [{ name: true }] }),
      ],
      configuration: { root_module: { resources: [
        config('azurerm_public_ip', 'p', { name: { constant_value: 'p' } }),
        config('azurerm_network_interface', 'n', { ip_configuration: [{ subnet_id: { constant_value: subnet }, public_ip_address_id: { references: ['azurerm_public_ip.p.id', 'azurerm_public_ip.p'] } }] }),
        config('azurerm_linux_virtual_machine', 'v', { encryption_at_host_enabled: { constant_value: true }, network_interface_ids: { references: ['azurerm_network_interface.n.id', 'azurerm_network_interface.n'] }, tags: { constant_value: PHI } }),
      ] } },
    }));
    const rs = mapResources(plan);
    const v = get(rs, 'terraform:azurerm_linux_virtual_machine.v') as Resource<'azure.compute.virtual-machine'>;
    expect(v.config.networkInterfaces).toEqual([{ id: 'terraform:azurerm_network_interface.n', subnetIds: [subnet], publicIpAddressIds: ['terraform:azurerm_public_ip.p'], networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: undefined }]);
    expect(statuses(rs, v.id)).toEqual({
      'azure-compute-virtual-machine-backup': 'fail', 'azure-compute-virtual-machine-encryption-at-host': 'pass', 'azure-compute-virtual-machine-no-public-ip': 'fail',
      // The plan leaves patch_assessment_mode at the provider default (ImageDefault); Update Manager results and the backup vault's subscription are not in a plan.
      'azure-compute-virtual-machine-patch-assessment': 'fail', 'azure-compute-virtual-machine-no-missing-critical-patches': 'not_assessed', 'azure-compute-virtual-machine-backup-separate-subscription': 'not_assessed',
    });
  });

  it('a subnet read by a data source is named by the data source', () => {
    const rs = mapResources(parseCdktfStack('s', 'cdk.tf.json', JSON.stringify({
      terraform: {},
      data: { azurerm_subnet: { app: { name: 'app', virtual_network_name: 'vnet', resource_group_name: 'rg' } } },
      resource: { azurerm_network_interface: { n: nicJson({ subnet_id: '${data.azurerm_subnet.app.id}' }) }, azurerm_linux_virtual_machine: { v: vmJson() } },
    })));
    expect(vmOf(rs).config.networkInterfaces).toEqual([{ id: 'cdktf:s/azurerm_network_interface.n', subnetIds: ['cdktf:s/data.azurerm_subnet.app'], publicIpAddressIds: [], networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: undefined }]);
  });

  it('a NIC outside the configuration, or a public IP from a variable, is not assessed', () => {
    const external = stack({ azurerm_linux_virtual_machine: { v: vmJson({ network_interface_ids: [`${RG}/providers/Microsoft.Network/networkInterfaces/shared`] }) } });
    expect(statuses(external, 'cdktf:s/azurerm_linux_virtual_machine.v')['azure-compute-virtual-machine-no-public-ip']).toBe('not_assessed');
    const fromVar = stack({
      azurerm_network_interface: { n: nicJson({ subnet_id: `${RG}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`, public_ip_address_id: '${var.public_ip_id}' }) },
      azurerm_linux_virtual_machine: { v: vmJson() },
    });
    expect(vmOf(fromVar).config.networkInterfaces).toBeUndefined();
    expect(statuses(fromVar, 'cdktf:s/azurerm_linux_virtual_machine.v')['azure-compute-virtual-machine-no-public-ip']).toBe('not_assessed');
  });

  it('backup is unknown while a protected item names a VM that cannot be resolved', () => {
    const rs = stack({
      azurerm_network_interface: { n: nicJson({ subnet_id: `${RG}/providers/Microsoft.Network/virtualNetworks/v/subnets/s` }) },
      azurerm_linux_virtual_machine: { v: vmJson() },
      azurerm_backup_protected_vm: { b: { resource_group_name: 'rg', recovery_vault_name: 'rsv', source_vm_id: '${var.vm_id}', backup_policy_id: 'p' } },
    });
    expect(vmOf(rs).config.backupProtected).toBeUndefined();
    expect(statuses(rs, 'cdktf:s/azurerm_linux_virtual_machine.v')['azure-compute-virtual-machine-backup']).toBe('not_assessed');
  });

  it('a disk encryption set or Cosmos DB key from a data source is a customer-managed key, from a variable unknown; Redis without minimum_tls_version is not assessed', () => {
    const rs = stack({
      azurerm_managed_disk: { d: { name: 'd', location: 'eastus', resource_group_name: 'rg', storage_account_type: 'Premium_LRS', create_option: 'Empty', disk_encryption_set_id: '${data.azurerm_disk_encryption_set.des.id}', tags: PHI } },
      azurerm_redis_cache: { c: { name: 'c', location: 'eastus', resource_group_name: 'rg', capacity: 1, family: 'C', sku_name: 'Standard' } },
      azurerm_cosmosdb_account: { k: { name: 'k', location: 'eastus', resource_group_name: 'rg', offer_type: 'Standard', key_vault_key_id: '${data.azurerm_key_vault_key.cosmos.versionless_id}', tags: PHI }, v: { name: 'v', location: 'eastus', resource_group_name: 'rg', offer_type: 'Standard', key_vault_key_id: '${var.cosmos_key}', tags: PHI } },
    });
    expect(get(rs, 'cdktf:s/azurerm_managed_disk.d').config).toMatchObject({ encryptionType: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'cdktf:s/data.azurerm_disk_encryption_set.des' });
    expect(statuses(rs, 'cdktf:s/azurerm_managed_disk.d')['azure-compute-disk-cmk']).toBe('pass');
    expect(statuses(rs, 'cdktf:s/azurerm_redis_cache.c')).toEqual({ 'azure-redis-cache-no-non-tls-port': 'pass', 'azure-redis-cache-tls12': 'not_assessed' });
    expect(statuses(rs, 'cdktf:s/azurerm_cosmosdb_account.k')['azure-cosmosdb-account-cmk']).toBe('pass');
    expect(statuses(rs, 'cdktf:s/azurerm_cosmosdb_account.v')['azure-cosmosdb-account-cmk']).toBe('not_assessed');
  });
});
