import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from 'cdktf';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member/index.js';
import { GcpBaselineStack, type GcpHipaaBaselineProps } from '../../src/baselines/gcp.js';
import { type AllowedNotAssessed, type ScanFinding, failures, scan, stackJson, stackOf, synth, unexpectedNotAssessed, unusedAllowances } from './scan.js';

const PROPS: GcpHipaaBaselineProps = { project: 'acme-ephi-prod', projectNumber: '123456789012', region: 'us-central1', bucketName: 'acme-ephi-prod-records' };
const DAY = 86_400;

/** Every check the GCP baseline claims to satisfy (docs/baselines.md lists the same). */
const CLAIMED = [
  'gcp-sql-instance-encrypted-at-rest',
  'gcp-storage-bucket-encrypted-at-rest',
  'gcp-backupdr-vault-enforced-retention',
  'gcp-compute-ephi-segmented', 'gcp-compute-firewall-no-public-admin-ports', 'gcp-compute-firewall-no-public-database-ports', 'gcp-compute-network-not-default',
  'gcp-compute-subnetwork-flow-logs', 'gcp-compute-subnetwork-private-google-access',
  'gcp-kms-key-in-use-not-destroyed', 'gcp-kms-key-not-public', 'gcp-kms-key-rotation',
  'gcp-resourcemanager-data-access-audit-logs',
  'gcp-sql-instance-automated-backups', 'gcp-sql-instance-backup-other-region', 'gcp-sql-instance-backup-retention', 'gcp-sql-instance-cmek', 'gcp-sql-instance-no-public-ip',
  'gcp-sql-instance-point-in-time-recovery', 'gcp-sql-instance-ssl-required',
  'gcp-storage-bucket-cmek', 'gcp-storage-bucket-not-public', 'gcp-storage-bucket-public-access-prevention', 'gcp-storage-bucket-uniform-access',
];

/**
 * Checks left not_assessed, and why. The project exists before the baseline: the configuration
 * declares its audit config only, so the rest of the project's state is not in the input.
 */
const PROJECT = /\/google_project_iam_audit_config\.baseline_audit-logs_all-services_[0-9A-F]+$/;
const NOT_ASSESSED_ALLOWED: readonly AllowedNotAssessed[] = [
  { checkId: 'gcp-resourcemanager-no-public-iam', resource: PROJECT, reason: 'the project IAM policy is set outside the baseline (it adds no project-level binding)' },
  { checkId: 'gcp-resourcemanager-os-login-required', resource: PROJECT, reason: 'organization policies are set on the organization or folder, outside a project stack' },
  { checkId: 'gcp-resourcemanager-security-command-center', resource: PROJECT, reason: 'Security Command Center is activated for the organization; the baseline enables no project services' },
  { checkId: 'gcp-compute-os-login-2sv', resource: PROJECT, reason: 'the baseline runs no VMs and sets no Compute Engine project metadata' },
  { checkId: 'gcp-resourcemanager-google-sign-in-2sv', resource: PROJECT, reason: 'Google sign-in 2-Step Verification is an Admin console setting, outside any configuration' },
  { checkId: 'gcp-iam-no-basic-roles-on-users', resource: PROJECT, reason: 'the project IAM policy is set outside the baseline (it adds no project-level binding)' },
  { checkId: 'gcp-iam-no-service-account-user-at-project', resource: PROJECT, reason: 'the project IAM policy is set outside the baseline (it adds no project-level binding)' },
  { checkId: 'gcp-securitycenter-vm-threat-detection', resource: PROJECT, reason: 'Security Command Center is activated for the organization; the baseline enables no project services' },
  { checkId: 'gcp-osconfig-patch-deployment-present', resource: PROJECT, reason: 'the baseline runs no VMs' },
  { checkId: 'gcp-logging-project-sink-all-logs', resource: PROJECT, reason: 'log export is an organization concern (an aggregated sink); the baseline declares no sink' },
  ...['project-ownership', 'audit-config', 'custom-role', 'firewall', 'route', 'network', 'storage-iam', 'sql-config'].map((a) => ({
    checkId: `gcp-logging-alert-${a}-changes`, resource: PROJECT, reason: 'log-based metrics and alert policies belong to the monitoring project; the baseline declares none',
  })),
];

type Baseline = GcpBaselineStack['baseline'];
const raw = (x: { addOverride(path: string, value: unknown): void }, path: string, value: unknown) => x.addOverride(path, value);

/** One control turned off per stack (props, a typed setter/reset, or an escape hatch) and the check that must then fail. */
const WEAKENED: readonly { stack: string; props?: Partial<GcpHipaaBaselineProps>; weaken?: (b: Baseline, s: GcpBaselineStack) => unknown; fails: string }[] = [
  { stack: 'weak-bucket-no-cmek', weaken: (b) => b.bucket.bucket.resetEncryption(), fails: 'gcp-storage-bucket-cmek' },
  { stack: 'weak-bucket-acl', weaken: (b) => raw(b.bucket.bucket, 'uniform_bucket_level_access', false), fails: 'gcp-storage-bucket-uniform-access' },
  { stack: 'weak-bucket-pap', weaken: (b) => raw(b.bucket.bucket, 'public_access_prevention', 'inherited'), fails: 'gcp-storage-bucket-public-access-prevention' },
  { stack: 'weak-bucket-public', weaken: (b, s) => new StorageBucketIamMember(s, 'public-read', { bucket: b.bucket.bucket.name, role: 'roles/storage.objectViewer', member: 'allUsers' }), fails: 'gcp-storage-bucket-not-public' },
  { stack: 'weak-key-rotation', props: { keyRotationDays: 365 }, fails: 'gcp-kms-key-rotation' },
  { stack: 'weak-network-auto', weaken: (b) => raw(b.network.network, 'auto_create_subnetworks', true), fails: 'gcp-compute-network-not-default' },
  { stack: 'weak-subnet-no-flow-logs', weaken: (b) => b.network.subnet.resetLogConfig(), fails: 'gcp-compute-subnetwork-flow-logs' },
  { stack: 'weak-subnet-no-pga', weaken: (b) => raw(b.network.subnet, 'private_ip_google_access', false), fails: 'gcp-compute-subnetwork-private-google-access' },
  { stack: 'weak-firewall-ssh-open', weaken: (b) => (b.network.iapSsh.sourceRanges = ['0.0.0.0/0']), fails: 'gcp-compute-firewall-no-public-admin-ports' },
  { stack: 'weak-firewall-db-open', weaken: (b) => { b.network.iapSsh.sourceRanges = ['0.0.0.0/0']; b.network.iapSsh.putAllow([{ protocol: 'tcp', ports: ['5432'] }]); }, fails: 'gcp-compute-firewall-no-public-database-ports' },
  { stack: 'weak-sql-public-ip', weaken: (b) => raw(b.sql!.instance, 'settings.ip_configuration.ipv4_enabled', true), fails: 'gcp-sql-instance-no-public-ip' },
  { stack: 'weak-sql-ssl', weaken: (b) => raw(b.sql!.instance, 'settings.ip_configuration.ssl_mode', 'ALLOW_UNENCRYPTED_AND_ENCRYPTED'), fails: 'gcp-sql-instance-ssl-required' },
  { stack: 'weak-sql-no-backups', weaken: (b) => raw(b.sql!.instance, 'settings.backup_configuration.enabled', false), fails: 'gcp-sql-instance-automated-backups' },
  { stack: 'weak-sql-no-pitr', weaken: (b) => raw(b.sql!.instance, 'settings.backup_configuration.point_in_time_recovery_enabled', false), fails: 'gcp-sql-instance-point-in-time-recovery' },
  { stack: 'weak-sql-backup-same-region', props: { sqlBackupLocation: 'us-central1' }, fails: 'gcp-sql-instance-backup-other-region' },
  { stack: 'weak-sql-no-cmek', weaken: (b) => b.sql!.instance.resetEncryptionKeyName(), fails: 'gcp-sql-instance-cmek' },
  { stack: 'weak-vault-retention', props: { backupEnforcedRetentionDays: 1 }, fails: 'gcp-backupdr-vault-enforced-retention' },
];
// A project audit config without DATA_READ is not a failure from a configuration: the folders and organization above may enable it (it is not assessed).

const build = (app: App, stack: string, props: Partial<GcpHipaaBaselineProps> = {}) => new GcpBaselineStack(app, stack, { ...PROPS, ...props });

describe('GCP baseline', () => {
  const out = synth((app) => build(app, 'gcp-baseline'));
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

  it('synthesizes the same Terraform JSON (snapshot)', async () => {
    await expect(stackJson(out, 'gcp-baseline')).toMatchFileSnapshot('__snapshots__/gcp-baseline.cdk.tf.json');
  });

  it('stays clean with non-default options (locked retention via props, no Cloud SQL, other region)', async () => {
    const custom = synth((app) => build(app, 'gcp-custom', { region: 'europe-west3', sql: false, subnetCidr: '10.90.0.0/22', bucketRetentionDays: 365, backupEnforcedRetentionDays: 90, keyRotationDays: 30 }));
    expect(stackJson(custom, 'gcp-custom')).not.toContain('google_sql_database_instance');
    const r = await scan(custom);
    expect(failures(r.findings)).toEqual([]);
    expect(unexpectedNotAssessed(r.findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
    expect(r.findings.some((f) => f.checkId === 'gcp-storage-bucket-cmek' && f.status === 'pass')).toBe(true);
  });

  it('fails the matching check when a control is turned off (the scan is not vacuous)', async () => {
    const weak = await scan(synth((app) => {
      for (const w of WEAKENED) {
        const s = build(app, w.stack, w.props);
        w.weaken?.(s.baseline, s);
      }
    }));
    expect(weak.code).toBe(1);
    const missed = WEAKENED.filter((w) => !weak.findings.some((f) => stackOf(f) === w.stack && f.checkId === w.fails && f.status === 'fail' && !f.suppression));
    expect(missed.map((w) => `${w.stack}: ${w.fails} did not fail`)).toEqual([]);
  });

  it('rotates keys within the ePHI limit by default', () => {
    expect(stackJson(out, 'gcp-baseline')).toContain(`"rotation_period": "${90 * DAY}s"`);
  });
});
