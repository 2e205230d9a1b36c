import { describe, expect, it } from 'vitest';
import type { App } from 'cdktf';
import { AzureBaselineStack, type AzureHipaaBaselineProps } from '../../src/baselines/azure.js';
import { failures, scan, stackJson, stackOf, synth } from './scan.js';

const PROPS: AzureHipaaBaselineProps = { subscriptionId: '00000000-0000-0000-0000-000000000001', tenantId: '00000000-0000-0000-0000-0000000000aa', location: 'eastus2', namePrefix: 'acmeprod' };

/** Every check the Azure baseline claims to satisfy today (docs/baselines.md lists the same). */
const CLAIMED = [
  'azure-keyvault-key-rotation-policy', 'azure-keyvault-vault-diagnostic-logs', 'azure-keyvault-vault-network-restricted', 'azure-keyvault-vault-purge-protection', 'azure-keyvault-vault-soft-delete',
  'azure-network-security-group-no-public-admin-ports', 'azure-network-security-group-no-public-database-ports',
  'azure-storage-account-blob-logging', 'azure-storage-account-blob-recovery', 'azure-storage-account-cmk', 'azure-storage-account-infrastructure-encryption',
  'azure-storage-account-network-restricted', 'azure-storage-account-no-public-blob-access', 'azure-storage-account-no-shared-key',
  'azure-storage-account-secure-transfer', 'azure-storage-account-tls12',
];

/**
 * Synthesized but not yet mapped by the Terraform reader (providers/terraform/map/azure.ts), so no
 * check evaluates them from IaC: VNet/subnet (azure-network-subnet-nsg, -virtual-network-flow-logs),
 * Recovery Services vault (-recoveryservices-vault-*), Defender plans (-security-subscription-defender-*),
 * the subscription activity log export (-monitor-subscription-activity-log-export) and PostgreSQL
 * flexible server. When a mapping lands, this test fails so the claims above are extended.
 */
const UNMAPPED = ['azurerm_virtual_network', 'azurerm_subnet', 'azurerm_network_watcher_flow_log', 'azurerm_recovery_services_vault', 'azurerm_security_center_subscription_pricing', 'azurerm_postgresql_flexible_server'];

/** Values unknown until apply that leave a check not_assessed. None today. */
const NOT_ASSESSED_ALLOWED: readonly { checkId: string; resource: RegExp; reason: string }[] = [];

type Baseline = AzureBaselineStack['baseline'];
const raw = (x: { addOverride(path: string, value: unknown): void }, path: string, value: unknown) => x.addOverride(path, value);
const internetRule = (name: string, port: string) => ({ name, priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', sourcePortRange: '*', destinationPortRange: port, sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*' });

/** One control turned off per stack (typed setter/reset, removing a child, or an escape hatch) and the check that must then fail. */
const WEAKENED: readonly { stack: string; weaken: (b: Baseline) => unknown; fails: string }[] = [
  { stack: 'weak-storage-no-cmk', weaken: (b) => b.storage.account.resetCustomerManagedKey(), fails: 'azure-storage-account-cmk' },
  { stack: 'weak-storage-tls10', weaken: (b) => raw(b.storage.account, 'min_tls_version', 'TLS1_0'), fails: 'azure-storage-account-tls12' },
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
];

const build = (app: App, stack: string) => new AzureBaselineStack(app, stack, PROPS);

describe('Azure baseline', () => {
  const out = synth((app) => build(app, 'azure-baseline'));
  const { code, findings } = scan(out);

  it('scans clean: no failing finding, phiscan exits 0', () => {
    expect(failures(findings)).toEqual([]);
    expect(findings.filter((f) => f.suppression)).toEqual([]);
    expect(code).toBe(0);
  });

  it('leaves nothing not_assessed except the allow-listed, justified cases', () => {
    const unexpected = findings.filter((f) => f.status === 'not_assessed' && !NOT_ASSESSED_ALLOWED.some((a) => a.checkId === f.checkId && a.resource.test(f.resource.id)));
    expect(unexpected.map((f) => `${f.checkId} ${f.resource.id}: ${f.message}`)).toEqual([]);
  });

  it(`passes every claimed check (${CLAIMED.length} distinct check ids)`, () => {
    const passing = [...new Set(findings.filter((f) => f.status === 'pass').map((f) => f.checkId))].sort();
    expect(passing).toEqual([...CLAIMED].sort());
  });

  it('synthesizes the resources the reader cannot map yet (documented gap), and no finding covers them', () => {
    const json = JSON.parse(stackJson(out, 'azure-baseline')) as { resource: Record<string, unknown> };
    for (const type of UNMAPPED) {
      expect(Object.keys(json.resource), type).toContain(type);
      expect(findings.filter((f) => f.resource.id.includes(`/${type}.`)).map((f) => f.checkId), type).toEqual([]);
    }
  });

  it('synthesizes the same Terraform JSON (snapshot)', async () => {
    await expect(stackJson(out, 'azure-baseline')).toMatchFileSnapshot('__snapshots__/azure-baseline.cdk.tf.json');
  });

  it('stays clean with non-default options (no PostgreSQL, custom subnets, key admins, allowed IPs)', () => {
    const custom = synth((app) => new AzureBaselineStack(app, 'azure-custom', { ...PROPS, location: 'westeurope', postgres: false, subnets: { app: '10.60.10.0/24', data: '10.60.11.0/24' }, keyAdminObjectIds: ['11111111-1111-1111-1111-111111111111'], keyVaultAllowedIps: ['203.0.113.10'] }));
    const json = stackJson(custom, 'azure-custom');
    expect(json).not.toContain('azurerm_postgresql_flexible_server');
    expect(json).toContain('"Key Vault Crypto Officer"');
    const r = scan(custom);
    expect(failures(r.findings)).toEqual([]);
    expect(r.findings.filter((f) => f.status === 'not_assessed')).toEqual([]);
  });

  it('rejects a name prefix Azure would refuse, before synthesis', () => {
    expect(() => synth((app) => new AzureBaselineStack(app, 'bad', { ...PROPS, namePrefix: 'Acme-Prod' }))).toThrow(/namePrefix/);
  });

  it('fails the matching check when a control is turned off (the scan is not vacuous)', () => {
    const weak = scan(synth((app) => {
      for (const w of WEAKENED) w.weaken(build(app, w.stack).baseline);
    }));
    expect(weak.code).toBe(1);
    const missed = WEAKENED.filter((w) => !weak.findings.some((f) => stackOf(f) === w.stack && f.checkId === w.fails && f.status === 'fail' && !f.suppression));
    expect(missed.map((w) => `${w.stack}: ${w.fails} did not fail`)).toEqual([]);
  });
});
