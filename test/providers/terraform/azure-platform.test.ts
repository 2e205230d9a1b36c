import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { buildNetworkGraph } from '../../../reports/network-map/index.js';
import type { InventoryEntry } from '../../../src/model/report.js';
import type { IacSource, Resource } from '../../../src/model/resource.js';
import { resourceTypeDescriptor } from '../../../src/model/types/index.js';
import { diag, logCat, PHI, postgres, rsVault, subnet, subscription, vnet } from '../../checks/azure/_fixtures.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

/** VNets, subnets, flow logs, vaults, flexible servers and the subscription from azurerm Terraform. */

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };
const get = (rs: readonly Resource[], id: string) => rs.find((r) => r.id === id) as Resource;
const load = (dir: string) => loadTerraformDirs([join(root, 'fixtures/iac/azure', dir)], quiet);
const hcl = (text: string) => {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-azure-'));
  writeFileSync(join(d, 'main.tf'), text);
  return loadTerraformDirs([d], quiet);
};

/** Status per check of one resource, in a world. */
function statuses(world: readonly Resource[], id: string): Record<string, string> {
  return Object.fromEntries(evaluate(world, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((f) => f.resource.id === id).map((f) => [f.checkId, f.status]));
}

/** The IaC resource answers every check exactly as its live twin does (and at least `min` checks run). */
function sameAsLive(world: readonly Resource[], id: string, live: Resource, min: number): void {
  const fromIac = statuses(world, id);
  expect(Object.keys(fromIac).length).toBeGreaterThanOrEqual(min);
  expect(fromIac).toEqual(statuses([live], live.id));
}

describe('azurerm networks', () => {
  it('puts separate and inline subnets in their VNet, with their NSG, and joins the flow logs that target the VNet', async () => {
    const rs = await load('compliant');
    const app = get(rs, 'terraform:azurerm_subnet.app');
    expect(app.config).toEqual({ addressPrefixes: ['10.20.1.0/24'], networkSecurityGroupId: 'terraform:azurerm_network_security_group.app', delegations: [], privateEndpointNetworkPolicies: 'Disabled', virtualNetworkId: 'terraform:azurerm_virtual_network.phi' });
    expect(app.region).toBe('eastus');
    expect(get(rs, 'terraform:azurerm_subnet.db').config).toMatchObject({ delegations: ['Microsoft.DBforPostgreSQL/flexibleServers'] });
    const jump = get(rs, 'terraform:azurerm_virtual_network.mgmt/subnets/jump');
    expect(jump.config).toMatchObject({ networkSecurityGroupId: 'terraform:azurerm_network_security_group.app', virtualNetworkId: 'terraform:azurerm_virtual_network.mgmt' });
    expect((jump.source as IacSource).address).toBe('azurerm_virtual_network.mgmt.subnet[0]');
    expect(get(rs, 'terraform:azurerm_virtual_network.phi').config).toEqual({
      addressPrefixes: ['10.20.0.0/16'],
      peeredVnetIds: [],
      peerings: [],
      flowLogs: [{ id: 'terraform:azurerm_network_watcher_flow_log.phi', enabled: true, retentionDays: 365, trafficAnalyticsEnabled: false, targetResourceId: 'terraform:azurerm_virtual_network.phi' }],
    });
    sameAsLive(rs, 'terraform:azurerm_subnet.app', subnet({}, { id: 'live-subnet' }), 1);
  });

  it('draws subnets inside their VNet and the delegated PostgreSQL server inside its subnet on the network map', async () => {
    const rs = await load('compliant');
    const g = buildNetworkGraph({
      resources: rs.map((r): InventoryEntry => {
        const network = resourceTypeDescriptor(r.type)?.network?.(r.config);
        return { id: r.id, type: r.type, provider: r.provider, name: r.name, account: r.account ?? null, region: r.region ?? null, tags: r.tags ?? null, ephi: r.tags?.phi === 'true', owner: null, source: r.source, ...(network ? { network } : {}) };
      }),
    });
    const parentOf = (label: string) => {
      const n = g.nodes.find((x) => x.label === label);
      return g.nodes.find((x) => x.key === n?.parent)?.label;
    };
    expect([parentOf('app'), parentOf('db'), parentOf('jump'), parentOf('acme-records-pg')]).toEqual(['phi-vnet', 'phi-vnet', 'mgmt-vnet', 'db']);
    // Placeholders only for literal ARM ids the configuration names but does not declare.
    expect(g.nodes.filter((n) => n.placeholder && !n.resourceId?.startsWith('/subscriptions/'))).toEqual([]);
  });

  it('fails a subnet without an NSG and a VNet whose flow log is off, like their live twins', async () => {
    const rs = await load('noncompliant');
    sameAsLive(rs, 'terraform:azurerm_subnet.app', subnet({ networkSecurityGroupId: null }, { id: 'live-subnet' }), 1);
    const flow = { id: 'fl', enabled: false, retentionDays: null, trafficAnalyticsEnabled: false, targetResourceId: 'live-vnet' };
    sameAsLive(rs, 'terraform:azurerm_virtual_network.phi', vnet({ flowLogs: [flow] }, { id: 'live-vnet' }), 1);
    expect(get(rs, 'terraform:azurerm_virtual_network.mgmt').config).toMatchObject({ flowLogs: [] });
  });

  it('leaves the NSG of an inline subnet unknown when several blocks share the reference', async () => {
    const rs = await hcl(`resource "azurerm_network_security_group" "a" {\n  name = "a"\n}\nresource "azurerm_virtual_network" "v" {\n  name = "v"\n  subnet {\n    name = "one"\n    security_group = azurerm_network_security_group.a.id\n  }\n  subnet {\n    name = "two"\n  }\n}\n`);
    expect(get(rs, 'terraform:azurerm_virtual_network.v/subnets/one').config).toMatchObject({ networkSecurityGroupId: undefined });
    expect(statuses(rs, 'terraform:azurerm_virtual_network.v/subnets/one')['azure-network-subnet-nsg']).toBe('not_assessed');
  });
});

describe('azurerm flexible servers and vaults', () => {
  it('reads a PostgreSQL server whose parameters keep their defaults (recorded as defaulted) like a live server', async () => {
    const rs = await load('compliant');
    const id = 'terraform:azurerm_postgresql_flexible_server.records';
    const pg = get(rs, id);
    expect(pg.config).toMatchObject({ dataEncryptionType: 'AzureKeyVault', publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: 'terraform:azurerm_subnet.db', geoRedundantBackup: 'Enabled', backupRetentionDays: 35, parameters: { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.3' } });
    expect((pg.source as IacSource).defaulted).toContain('configuration.require_secure_transport');
    sameAsLive(rs, id, postgres({ parameters: { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.3' } }, { id: 'live-pg', tags: PHI }), 4);
  });

  it('joins MySQL parameters and firewall rules by server name', async () => {
    const rs = await load('noncompliant');
    expect(get(rs, 'terraform:azurerm_mysql_flexible_server.billing').config).toMatchObject({
      publicNetworkAccess: 'Enabled',
      firewallRules: [{ name: 'anywhere', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }],
      parameters: { require_secure_transport: 'ON', tls_version: 'TLSv1,TLSv1.1,TLSv1.2' },
      dataEncryptionType: 'SystemManaged',
      geoRedundantBackup: 'Disabled',
    });
  });

  it('reads parameters as unknown when a configuration resource is unknown until apply', async () => {
    const rs = await hcl(`variable "v" {}\nresource "azurerm_postgresql_flexible_server" "p" {\n  name = "p"\n}\nresource "azurerm_postgresql_flexible_server_configuration" "c" {\n  name      = "require_secure_transport"\n  server_id = azurerm_postgresql_flexible_server.p.id\n  value     = var.v\n}\n`);
    expect(get(rs, 'terraform:azurerm_postgresql_flexible_server.p').config).toMatchObject({ parameters: undefined });
  });

  it('reads a Recovery Services vault with the provider defaults like a live vault', async () => {
    const rs = await load('compliant');
    const id = 'terraform:azurerm_recovery_services_vault.phi';
    expect(get(rs, id).config).toMatchObject({ softDeleteState: 'Enabled', immutabilityState: 'Locked', standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled', publicNetworkAccess: 'Enabled', protectedItemSourceIds: [] });
    expect(get(rs, id).config).toMatchObject({
      backupPolicies: [{ name: 'daily-phi', backupManagementType: 'AzureIaasVM', protectedItemsCount: null, scheduleRunFrequency: 'Daily', maxBackupIntervalHours: 24, retentionDays: 35 }],
      resourceGuardIds: ['terraform:azurerm_data_protection_resource_guard.security'], replicatedItems: undefined,
    });
    sameAsLive(rs, id, rsVault({
      softDeleteState: 'Enabled', immutabilityState: 'Locked', standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled', replicatedItems: undefined,
      backupPolicies: [{ name: 'daily-phi', backupManagementType: 'AzureIaasVM', protectedItemsCount: null, scheduleRunFrequency: 'Daily', maxBackupIntervalHours: 24, retentionDays: 35 }],
      resourceGuardIds: ['/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/security/providers/Microsoft.DataProtection/resourceGuards/phi-guard'],
    }, { id: 'live-rsv' }), 3);
    const weekly = get(await load('noncompliant'), id).config;
    expect(weekly).toMatchObject({ backupPolicies: [{ name: 'weekly', scheduleRunFrequency: 'Weekly', maxBackupIntervalHours: 168, retentionDays: 28 }], resourceGuardIds: [] });
  });
});

describe('azurerm subscription', () => {
  it('gathers Defender plans, the HIPAA assignment and the activity log export into one subscription, like a live one', async () => {
    const rs = await load('compliant');
    const subs = rs.filter((r) => r.type === 'azure.resources.subscription');
    expect(subs.map((s) => s.id)).toEqual(['terraform:azurerm_security_center_subscription_pricing.servers']);
    const id = subs[0]?.id ?? '';
    expect(get(rs, id).config).toMatchObject({
      defenderPlans: [
        { name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P2', extensions: [] },
        { name: 'SqlServers', pricingTier: 'Standard', subPlan: null, extensions: [] },
        { name: 'StorageAccounts', pricingTier: 'Standard', subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: true }] },
      ],
      policyAssignments: [{ name: 'hipaa-hitrust', enforcementMode: 'Default', scope: id }],
      activityLogDiagnosticSettings: [{ name: 'activity-log', logs: [logCat('Administrative'), logCat('Security'), logCat('Policy'), logCat('Alert')] }],
      securitySettings: [{ name: 'WDATP', enabled: true }],
      roleAssignments: undefined, customRoleDefinitions: undefined, roleAssignmentScheduleInstances: undefined,
    });
    const alerts = (get(rs, id).config as { activityLogAlerts?: readonly { name: string; allOf: unknown; actionGroupIds: unknown; scopes: unknown }[] }).activityLogAlerts;
    expect(alerts).toHaveLength(10);
    expect(alerts?.find((a) => a.name === 'nsg-write')).toMatchObject({
      allOf: [{ field: 'category', equals: 'Administrative', containsAny: [], anyOf: [] }, { field: 'operationName', equals: 'Microsoft.Network/networkSecurityGroups/write', containsAny: [], anyOf: [] }],
      actionGroupIds: ['(known after apply)'],
    });
    const live = subscription({
      defenderPlans: [
        { name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P2', extensions: [] },
        { name: 'SqlServers', pricingTier: 'Standard', subPlan: null, extensions: [] },
        { name: 'StorageAccounts', pricingTier: 'Standard', subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: true }] },
      ],
      activityLogDiagnosticSettings: [diag([logCat('Administrative'), logCat('Security'), logCat('Policy'), logCat('Alert')])],
      policyAssignments: [{ id: 'a', name: 'hipaa-hitrust', displayName: null, policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/a169a624-5599-4385-a696-c8d643089fab', enforcementMode: 'Default', scope: 'live-sub' }],
      securitySettings: [{ name: 'WDATP', enabled: true }],
      roleAssignments: undefined, customRoleDefinitions: undefined, roleAssignmentScheduleInstances: undefined,
      activityLogAlerts: subscription().config.activityLogAlerts?.map((a) => ({ ...a, scopes: ['live-sub'] })),
    }, { id: 'live-sub' });
    sameAsLive(rs, id, live, 5);
  });

  it('answers not_assessed for what the configuration does not declare at subscription scope', async () => {
    const rs = await hcl(`resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier = "Standard"\n}\n`);
    const s = statuses(rs, 'terraform:azurerm_security_center_subscription_pricing.servers');
    expect(s).toEqual({
      'azure-security-subscription-defender-servers': 'pass',
      'azure-security-subscription-defender-sql': 'not_assessed',
      'azure-security-subscription-defender-storage-malware-scanning': 'not_assessed',
      'azure-monitor-subscription-activity-log-export': 'not_assessed',
      'azure-monitor-subscription-diagnostic-categories': 'not_assessed',
      'azure-policy-subscription-hipaa-assignment': 'not_assessed',
      'azure-security-subscription-defender-endpoint-integration': 'not_assessed',
      'azure-monitor-activity-log-alert-nsg-changes': 'not_assessed',
      'azure-monitor-activity-log-alert-nsg-rule-changes': 'not_assessed',
      'azure-monitor-activity-log-alert-policy-assignment-changes': 'not_assessed',
      'azure-monitor-activity-log-alert-security-solution-changes': 'not_assessed',
      'azure-monitor-activity-log-alert-sql-firewall-changes': 'not_assessed',
      'azure-authorization-no-custom-owner-roles': 'not_assessed',
      'azure-authorization-privileged-roles-eligible': 'not_assessed',
      'azure-authorization-subscription-max-3-owners': 'not_assessed',
      'azure-authorization-subscription-multiple-owners': 'not_assessed',
    });
  });

  it('keeps two literally named subscriptions apart, and the provider default joins the only named one', async () => {
    const two = await hcl([
      'resource "azurerm_subscription_policy_assignment" "a" {\n  name = "a"\n  subscription_id = "/subscriptions/aaaa"\n  policy_definition_id = "/x"\n}',
      'resource "azurerm_subscription_policy_assignment" "b" {\n  name = "b"\n  subscription_id = "/subscriptions/bbbb"\n  policy_definition_id = "/y"\n}',
      'resource "azurerm_security_center_subscription_pricing" "p" {\n  tier = "Standard"\n}',
    ].join('\n'));
    expect(two.filter((r) => r.type === 'azure.resources.subscription').map((r) => [r.name, r.account])).toEqual([['subscription aaaa', 'aaaa'], ['subscription bbbb', 'bbbb'], ['subscription (provider default)', undefined]]);
    const one = await hcl([
      'resource "azurerm_monitor_diagnostic_setting" "log" {\n  name = "log"\n  target_resource_id = "/subscriptions/AAAA"\n  enabled_log {\n    category = "Administrative"\n  }\n}',
      'resource "azurerm_security_center_subscription_pricing" "p" {\n  tier = "Standard"\n}',
    ].join('\n'));
    const subs = one.filter((r) => r.type === 'azure.resources.subscription');
    expect(subs).toHaveLength(1);
    expect(subs[0]?.config).toMatchObject({ activityLogDiagnosticSettings: [{ name: 'log' }], defenderPlans: [{ name: 'VirtualMachines' }] });
    // An activity log export alone has no subscription to anchor on: not evaluated, but in the inventory.
    const alone = await hcl('resource "azurerm_monitor_diagnostic_setting" "log" {\n  name = "log"\n  target_resource_id = "/subscriptions/aaaa"\n  enabled_log {\n    category = "Administrative"\n  }\n}\n');
    expect(alone.map((r) => [r.type, r.id, r.config])).toEqual([['iac.unmapped', 'terraform:azurerm_monitor_diagnostic_setting.log', { terraformType: 'azurerm_monitor_diagnostic_setting', reason: 'parent-not-in-input' }]]);
  });
});

describe('azurerm Key Vault secrets', () => {
  it('reads the expiry, never the value: a dated secret passes, an undated one fails, one dated at apply is not assessed', async () => {
    const rs = await hcl([
      'resource "azurerm_key_vault" "kv" {\n  name = "kv"\n  location = "eastus"\n  resource_group_name = "rg"\n  tenant_id = "t"\n  sku_name = "standard"\n}',
      'resource "azurerm_key_vault_secret" "dated" {\n  name = "dated"\n  value = "s3cr3t-dated"\n  key_vault_id = azurerm_key_vault.kv.id\n  expiration_date = "2027-12-31T00:00:00Z"\n}',
      'resource "azurerm_key_vault_secret" "forever" {\n  name = "forever"\n  value = "s3cr3t-forever"\n  key_vault_id = azurerm_key_vault.kv.id\n}',
      'resource "azurerm_key_vault_secret" "later" {\n  name = "later"\n  value = "s3cr3t-later"\n  key_vault_id = azurerm_key_vault.kv.id\n  expiration_date = timeadd(timestamp(), "8760h")\n}',
    ].join('\n'));
    expect(get(rs, 'terraform:azurerm_key_vault_secret.dated').config).toEqual({ vaultId: 'terraform:azurerm_key_vault.kv', enabled: true, expires: '2027-12-31T00:00:00Z' });
    expect(JSON.stringify(rs)).not.toContain('s3cr3t');
    const status = (name: string) => statuses(rs, `terraform:azurerm_key_vault_secret.${name}`)['azure-keyvault-secret-expiration-set'];
    expect([status('dated'), status('forever'), status('later')]).toEqual(['pass', 'fail', 'not_assessed']);
  });
});
