import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from 'cdktf';
import { PostgresqlFlexibleServerFirewallRule } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-firewall-rule/index.js';
import { AzureBaselineStack, type AzureHipaaBaselineProps } from '../../src/baselines/azure.js';
import { RESOURCE_TYPES } from '../../src/model/types/index.js';
import { type AllowedNotAssessed, type ScanFinding, failures, scan, stackJson, stackOf, synth, unexpectedNotAssessed, unusedAllowances } from './scan.js';

const PROPS: AzureHipaaBaselineProps = { subscriptionId: '00000000-0000-0000-0000-000000000001', tenantId: '00000000-0000-0000-0000-0000000000aa', location: 'eastus2', namePrefix: 'acmeprod' };

/** Every check the Azure baseline claims to satisfy (docs/baselines.md lists the same). */
const CLAIMED = [
  'azure-postgresql-flexible-server-encrypted-at-rest',
  'azure-storage-account-encrypted-at-rest',
  'azure-keyvault-key-rotation-policy', 'azure-keyvault-vault-diagnostic-logs', 'azure-keyvault-vault-network-restricted', 'azure-keyvault-vault-purge-protection', 'azure-keyvault-vault-soft-delete',
  'azure-monitor-subscription-activity-log-export', 'azure-monitor-subscription-diagnostic-categories',
  'azure-network-ephi-segmented', 'azure-network-flow-log-retention-90d', 'azure-network-security-group-no-public-admin-ports', 'azure-network-security-group-no-public-database-ports', 'azure-network-subnet-nsg', 'azure-network-virtual-network-flow-logs',
  'azure-policy-subscription-hipaa-assignment',
  'azure-postgresql-flexible-server-cmk', 'azure-postgresql-flexible-server-geo-backup', 'azure-postgresql-flexible-server-no-public-access', 'azure-postgresql-flexible-server-secure-transport',
  'azure-recoveryservices-vault-geo-redundant', 'azure-recoveryservices-vault-immutability', 'azure-recoveryservices-vault-multi-user-authorization', 'azure-recoveryservices-vault-soft-delete',
  'azure-security-subscription-defender-endpoint-integration', 'azure-security-subscription-defender-servers', 'azure-security-subscription-defender-sql', 'azure-security-subscription-defender-storage-malware-scanning',
  'azure-storage-account-blob-logging', 'azure-storage-account-blob-recovery', 'azure-storage-account-cmk', 'azure-storage-account-infrastructure-encryption',
  'azure-storage-account-network-restricted', 'azure-storage-account-no-public-blob-access', 'azure-storage-account-no-shared-key',
  'azure-storage-account-secure-transfer', 'azure-storage-account-tls12',
];

/** What a configuration cannot show, or the baseline leaves to you, and so stays not_assessed. */
const SUBSCRIPTION = /azurerm_security_center_subscription_pricing\.baseline_defender_Arm_/;
const NOT_ASSESSED_ALLOWED: readonly AllowedNotAssessed[] = [
  ...['azure-authorization-subscription-max-3-owners', 'azure-authorization-subscription-multiple-owners', 'azure-authorization-no-custom-owner-roles'].map((checkId) => ({ checkId, resource: SUBSCRIPTION, reason: 'role assignments and custom roles are made across configurations and the portal: one configuration never shows them all' })),
  { checkId: 'azure-authorization-privileged-roles-eligible', resource: SUBSCRIPTION, reason: 'PIM assignment schedules are runtime state' },
  ...['nsg', 'nsg-rule', 'policy-assignment', 'security-solution', 'sql-firewall'].map((w) => ({ checkId: `azure-monitor-activity-log-alert-${w}-changes`, resource: SUBSCRIPTION, reason: 'activity log alerts need an action group that reaches your responders; the baseline does not create them' })),
  { checkId: 'azure-keyvault-key-expiration-set', resource: /azurerm_key_vault_key\./, reason: 'the rotation policy dates the versions it creates (expire_after); the first version\'s expiry is known only after apply' },
  { checkId: 'azure-siterecovery-test-failover-recent', resource: /azurerm_recovery_services_vault\./, reason: 'test failovers are runtime history' },
];

type Baseline = AzureBaselineStack['baseline'];
const raw = (x: { addOverride(path: string, value: unknown): void } | undefined, path: string, value: unknown) => {
  if (!x) throw new Error(`nothing to weaken at ${path}`);
  x.addOverride(path, value);
};
const plan = (b: Baseline, resourceType: string) => b.defender.pricings.find((p) => p.resourceTypeInput === resourceType);
const internetRule = (name: string, port: string) => ({ name, priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*' });

/** One control turned off per stack (typed setter/reset, removing a child, or an escape hatch) and the check that must then fail. */
const WEAKENED: readonly { stack: string; weaken: (b: Baseline) => unknown; fails: string }[] = [
  { stack: 'weak-storage-no-cmk', weaken: (b) => b.storage.account.resetCustomerManagedKey(), fails: 'azure-storage-account-cmk' },
  // min_tls_version TLS1_0 no longer fails: Azure Storage has refused TLS 1.0/1.1 on every account since 2026-02-03 (test/checks/azure/storage/account-tls12.test.ts).
  { stack: 'weak-storage-http', weaken: (b) => raw(b.storage.account, 'https_traffic_only_enabled', false), fails: 'azure-storage-account-secure-transfer' },
  { stack: 'weak-storage-public-network', weaken: (b) => { raw(b.storage.account, 'public_network_access_enabled', true); raw(b.storage.account, 'network_rules.default_action', 'Allow'); }, fails: 'azure-storage-account-network-restricted' },
  { stack: 'weak-storage-shared-key', weaken: (b) => raw(b.storage.account, 'shared_access_key_enabled', true), fails: 'azure-storage-account-no-shared-key' },
  { stack: 'weak-storage-public-blobs', weaken: (b) => raw(b.storage.account, 'allow_nested_items_to_be_public', true), fails: 'azure-storage-account-no-public-blob-access' },
  { stack: 'weak-storage-no-versioning', weaken: (b) => raw(b.storage.account, 'blob_properties.versioning_enabled', false), fails: 'azure-storage-account-blob-recovery' },
  { stack: 'weak-storage-no-infra-encryption', weaken: (b) => raw(b.storage.account, 'infrastructure_encryption_enabled', false), fails: 'azure-storage-account-infrastructure-encryption' },
  { stack: 'weak-storage-no-blob-logs', weaken: (b) => b.storage.node.tryRemoveChild('blob-diagnostics'), fails: 'azure-storage-account-blob-logging' },
  { stack: 'weak-kv-no-purge-protection', weaken: (b) => raw(b.keyVault.vault, 'purge_protection_enabled', false), fails: 'azure-keyvault-vault-purge-protection' },
  { stack: 'weak-kv-open', weaken: (b) => raw(b.keyVault.vault, 'network_acls.default_action', 'Allow'), fails: 'azure-keyvault-vault-network-restricted' },
  { stack: 'weak-kv-no-logs', weaken: (b) => b.keyVault.node.tryRemoveChild('diagnostics'), fails: 'azure-keyvault-vault-diagnostic-logs' },
  { stack: 'weak-key-no-rotation', weaken: (b) => b.keyVault.keys['ephi-storage']?.resetRotationPolicy(), fails: 'azure-keyvault-key-rotation-policy' },
  { stack: 'weak-nsg-ssh-open', weaken: (b) => b.network.nsg.putSecurityRule([internetRule('ssh', '22')]), fails: 'azure-network-security-group-no-public-admin-ports' },
  { stack: 'weak-nsg-postgres-open', weaken: (b) => b.network.nsg.putSecurityRule([internetRule('pg', '5432')]), fails: 'azure-network-security-group-no-public-database-ports' },
  { stack: 'weak-subnet-no-nsg', weaken: (b) => b.network.node.tryRemoveChild('subnet-ephi-nsg'), fails: 'azure-network-subnet-nsg' },
  { stack: 'weak-vnet-flow-log-off', weaken: (b) => raw(b.network.flowLog, 'enabled', false), fails: 'azure-network-virtual-network-flow-logs' },
  { stack: 'weak-rsv-no-soft-delete', weaken: (b) => raw(b.recoveryVault.vault, 'soft_delete_enabled', false), fails: 'azure-recoveryservices-vault-soft-delete' },
  { stack: 'weak-rsv-unlocked', weaken: (b) => raw(b.recoveryVault.vault, 'immutability', 'Unlocked'), fails: 'azure-recoveryservices-vault-immutability' },
  { stack: 'weak-rsv-lrs', weaken: (b) => { raw(b.recoveryVault.vault, 'storage_mode_type', 'LocallyRedundant'); raw(b.recoveryVault.vault, 'cross_region_restore_enabled', false); }, fails: 'azure-recoveryservices-vault-geo-redundant' },
  { stack: 'weak-rsv-no-guard', weaken: (b) => b.recoveryVault.node.tryRemoveChild('resource-guard-association'), fails: 'azure-recoveryservices-vault-multi-user-authorization' },
  { stack: 'weak-defender-no-mde', weaken: (b) => raw(b.defender.endpointIntegration, 'enabled', false), fails: 'azure-security-subscription-defender-endpoint-integration' },
  { stack: 'weak-defender-servers-free', weaken: (b) => raw(plan(b, 'VirtualMachines'), 'tier', 'Free'), fails: 'azure-security-subscription-defender-servers' },
  { stack: 'weak-defender-sql-free', weaken: (b) => raw(plan(b, 'SqlServers'), 'tier', 'Free'), fails: 'azure-security-subscription-defender-sql' },
  { stack: 'weak-defender-no-malware-scan', weaken: (b) => plan(b, 'StorageAccounts')?.putExtension([{ name: 'SensitiveDataDiscovery' }]), fails: 'azure-security-subscription-defender-storage-malware-scanning' },
  { stack: 'weak-activity-log-partial', weaken: (b) => b.activityLog.putEnabledLog([{ category: 'Administrative' }]), fails: 'azure-monitor-subscription-activity-log-export' },
  { stack: 'weak-policy-other-initiative', weaken: (b) => raw(b.policy?.assignment, 'policy_definition_id', '/providers/Microsoft.Authorization/policySetDefinitions/00000000-0000-0000-0000-000000000000'), fails: 'azure-policy-subscription-hipaa-assignment' },
  { stack: 'weak-pg-no-cmk', weaken: (b) => b.postgres?.server.resetCustomerManagedKey(), fails: 'azure-postgresql-flexible-server-cmk' },
  { stack: 'weak-pg-local-backups', weaken: (b) => raw(b.postgres?.server, 'geo_redundant_backup_enabled', false), fails: 'azure-postgresql-flexible-server-geo-backup' },
  { stack: 'weak-pg-plaintext', weaken: (b) => raw(b.postgres?.tlsSettings[0], 'value', 'off'), fails: 'azure-postgresql-flexible-server-secure-transport' },
  {
    stack: 'weak-pg-public',
    weaken: (b) => {
      const server = b.postgres?.server;
      raw(server, 'public_network_access_enabled', true);
      if (server) new PostgresqlFlexibleServerFirewallRule(server, 'anywhere', { name: 'anywhere', serverId: server.id, startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' });
    },
    fails: 'azure-postgresql-flexible-server-no-public-access',
  },
];

const build = (app: App, stack: string) => new AzureBaselineStack(app, stack, PROPS);

describe('Azure baseline', () => {
  const out = synth((app) => build(app, 'azure-baseline'));
  let code: number | null = null;
  let findings: ScanFinding[] = [];
  beforeAll(async () => ({ code, findings } = await scan(out)), 120_000);

  it('scans clean: no failing finding, phiscan exits 0', () => {
    expect(failures(findings)).toEqual([]);
    expect(findings.filter((f) => f.suppression)).toEqual([]);
    expect(code).toBe(0);
  });

  it('leaves nothing not_assessed except the allow-listed, justified cases', () => {
    expect(unexpectedNotAssessed(findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
    expect(unusedAllowances(findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
  });

  it(`passes every claimed check (${CLAIMED.length} distinct check ids)`, () => {
    const passing = [...new Set(findings.filter((f) => f.status === 'pass').map((f) => f.checkId))].sort();
    expect(passing).toEqual([...CLAIMED].sort());
  });

  it('evaluates every Azure resource type the baseline declares (nothing synthesized goes unscanned)', () => {
    const json = JSON.parse(stackJson(out, 'azure-baseline')) as { resource: Record<string, unknown> };
    const declared = new Set(RESOURCE_TYPES.filter((d) => d.provider === 'azure').flatMap((d) => d.native.terraform ?? []));
    const covered = Object.keys(json.resource).filter((t) => declared.has(t));
    const withFindings = new Set(findings.map((f) => f.resource.type));
    const byTf = (t: string) => RESOURCE_TYPES.find((d) => d.native.terraform?.includes(t))?.type as string;
    expect(covered.filter((t) => !withFindings.has(byTf(t)))).toEqual([]);
    expect(covered.length).toBeGreaterThanOrEqual(14);
  });

  it('synthesizes the same Terraform JSON (snapshot)', async () => {
    await expect(stackJson(out, 'azure-baseline')).toMatchFileSnapshot('__snapshots__/azure-baseline.cdk.tf.json');
  });

  it('stays clean with non-default options (no PostgreSQL, custom subnets, key admins, allowed IPs)', async () => {
    const custom = synth((app) => new AzureBaselineStack(app, 'azure-custom', { ...PROPS, location: 'westeurope', postgres: false, subnets: { app: '10.60.10.0/24', data: '10.60.11.0/24' }, keyAdminObjectIds: ['11111111-1111-1111-1111-111111111111'], keyVaultAllowedIps: ['203.0.113.10'] }));
    const json = stackJson(custom, 'azure-custom');
    expect(json).not.toContain('azurerm_postgresql_flexible_server');
    expect(json).not.toContain('-ephi-kv-geo');
    expect(json).toContain('"Key Vault Crypto Officer"');
    const r = await scan(custom);
    expect(failures(r.findings)).toEqual([]);
    expect(unexpectedNotAssessed(r.findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
  });

  it('rejects a name prefix Azure would refuse, before synthesis', () => {
    expect(() => synth((app) => new AzureBaselineStack(app, 'bad', { ...PROPS, namePrefix: 'Acme-Prod' }))).toThrow(/namePrefix/);
  });

  it('puts the geo-backup key in the paired region, and asks for the pair where none is known', () => {
    const json = JSON.parse(stackJson(out, 'azure-baseline')) as { resource: Record<string, Record<string, { name?: string; location?: string }>> };
    const geoVault = Object.values(json.resource['azurerm_key_vault'] ?? {}).find((v) => v.name === 'acmeprod-ephi-kv-geo');
    expect(geoVault?.location).toBe('centralus');
    expect(() => synth((app) => new AzureBaselineStack(app, 'nowhere', { ...PROPS, location: 'mexicocentral' }))).toThrow(/pairedLocation/);
    const paired = stackJson(synth((app) => new AzureBaselineStack(app, 'paired', { ...PROPS, location: 'mexicocentral', pairedLocation: 'southcentralus' })), 'paired');
    expect(paired).toContain('"location": "southcentralus"');
  });

  it('fails the matching check when a control is turned off (the scan is not vacuous)', async () => {
    const weak = await scan(synth((app) => {
      for (const w of WEAKENED) w.weaken(build(app, w.stack).baseline);
    }));
    expect(weak.code).toBe(1);
    const missed = WEAKENED.filter((w) => !weak.findings.some((f) => stackOf(f) === w.stack && f.checkId === w.fails && f.status === 'fail' && !f.suppression));
    expect(missed.map((w) => `${w.stack}: ${w.fails} did not fail`)).toEqual([]);
  });
});
