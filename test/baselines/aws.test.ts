import { beforeAll, describe, expect, it } from 'vitest';
import { TerraformResource, type App } from 'cdktf';
import { AwsBaselineStack, SecureBucket, type AwsBaselineStackProps } from '../../src/baselines/aws.js';
import { type AllowedNotAssessed, type ScanFinding, failures, scan, stackJson, stackOf, synth, unexpectedNotAssessed, unusedAllowances } from './scan.js';

const PROPS: AwsBaselineStackProps = {
  accountId: '111122223333',
  region: 'us-east-1',
  namePrefix: 'acme-prod',
  backupCopyVaultArn: 'arn:aws:backup:us-west-2:444455556666:backup-vault:ephi-copies',
};

/** Every check the AWS baseline claims to satisfy (docs/baselines.md lists the same). */
const CLAIMED = [
  'aws-s3-bucket-encrypted-at-rest',
  'aws-backup-ephi-resource-covered', 'aws-backup-plan-copies-offsite', 'aws-backup-plan-frequency-48h', 'aws-backup-plan-min-retention', 'aws-backup-vault-lock-compliance',
  'aws-backup-vault-policy-protects-recovery-points', 'aws-iam-policy-no-full-admin', 'aws-iam-role-no-administrator-access',
  'aws-cloudtrail-ephi-bucket-data-events', 'aws-cloudtrail-trail-cloudwatch-logs', 'aws-cloudtrail-trail-kms-encryption', 'aws-cloudtrail-trail-log-file-validation', 'aws-cloudtrail-trail-logging',
  'aws-logs-log-group-kms-encryption', 'aws-logs-log-group-retention', 'aws-rds-instance-log-exports', 'aws-s3-bucket-access-logging',
  'aws-config-recorder-all-resources', 'aws-config-recorder-enabled',
  'aws-ec2-default-sg-restricts-all', 'aws-ec2-ebs-encryption-by-default', 'aws-ec2-ephi-network-segmented', 'aws-ec2-nacl-no-allow-all-ingress', 'aws-ec2-sg-no-public-admin-ports',
  'aws-ec2-sg-no-public-all-traffic', 'aws-ec2-sg-no-public-database-ports', 'aws-ec2-subnet-no-public-ip-in-ephi-vpc', 'aws-ec2-vpc-flow-logs-enabled',
  'aws-guardduty-detector-enabled', 'aws-guardduty-malware-protection-enabled', 'aws-iam-password-policy-strong', 'aws-inspector2-scanning-enabled',
  'aws-kms-key-rotation-enabled',
  'aws-rds-instance-auto-minor-upgrade', 'aws-rds-instance-backup-retention', 'aws-rds-instance-deletion-protection', 'aws-rds-instance-not-public',
  'aws-rds-instance-storage-encrypted', 'aws-rds-instance-tls-required',
  'aws-s3-account-public-access-blocked', 'aws-s3-bucket-deny-insecure-transport', 'aws-s3-bucket-ephi-customer-managed-key', 'aws-s3-bucket-kms-encryption',
  'aws-s3-bucket-public-access-blocked', 'aws-s3-bucket-versioning-enabled',
];

/** Values unknown until apply, or runtime state, that leave a check not_assessed. */
const NOT_ASSESSED_ALLOWED: readonly AllowedNotAssessed[] = [
  { checkId: 'aws-backup-recovery-point-encrypted', resource: /aws_backup_vault\./, reason: 'recovery points are runtime state: a configuration has none' },
  { checkId: 'aws-backup-restore-testing-plan', resource: /aws_backup_region_settings\./, reason: 'restore testing plans are read from the live account: one configuration never holds all of a region\'s' },
  { checkId: 'aws-iam-role-no-administrator-access', resource: /aws_iam_role\.baseline_trail_to-logs_/, reason: 'its inline policy names the log group by reference, so the document is known only after apply' },
];

/** Documented exceptions, suppressed in the construct with the reason shown. */
const SUPPRESSED = [
  { checkId: 'aws-s3-bucket-kms-encryption', resource: /aws_s3_bucket\.baseline_access-logs_bucket_/, reason: /only be delivered to a bucket encrypted with SSE-S3/ },
];

type Baseline = AwsBaselineStack['baseline'];
const raw = (x: { addOverride(path: string, value: unknown): void }, path: string, value: unknown) => x.addOverride(path, value);

/** One control turned off per stack (through props or a CDKTF escape hatch) and the check that must then fail. */
const WEAKENED: readonly { stack: string; props?: Partial<AwsBaselineStackProps>; weaken?: (b: Baseline, app: AwsBaselineStack) => unknown; fails: string }[] = [
  { stack: 'weak-bucket-sse-s3', weaken: (_b, s) => new SecureBucket(s, 'no-kms', { accountId: PROPS.accountId, region: PROPS.region, bucketName: 'acme-weak-no-kms' }), fails: 'aws-s3-bucket-ephi-customer-managed-key' },
  { stack: 'weak-bucket-no-tls', weaken: (b) => raw(b.dataBucket.policy, 'policy', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-prod-ephi-data/*' }] })), fails: 'aws-s3-bucket-deny-insecure-transport' },
  { stack: 'weak-bucket-versioning', weaken: (b) => raw(b.dataBucket.versioning, 'versioning_configuration.status', 'Suspended'), fails: 'aws-s3-bucket-versioning-enabled' },
  // The account-level block covers every bucket (defence in depth), so both levels are turned off.
  { stack: 'weak-public-access', weaken: (b) => { raw(b.dataBucket.publicAccessBlock, 'block_public_policy', false); raw(b.accountPublicAccessBlock, 'block_public_policy', false); }, fails: 'aws-s3-bucket-public-access-blocked' },
  { stack: 'weak-account-public-access', weaken: (b) => raw(b.accountPublicAccessBlock, 'restrict_public_buckets', false), fails: 'aws-s3-account-public-access-blocked' },
  { stack: 'weak-ebs-default', weaken: (b) => raw(b.ebsEncryptionByDefault, 'enabled', false), fails: 'aws-ec2-ebs-encryption-by-default' },
  { stack: 'weak-kms-rotation', weaken: (b) => raw(b.key.key, 'enable_key_rotation', false), fails: 'aws-kms-key-rotation-enabled' },
  { stack: 'weak-sg-ssh-open', weaken: (b) => raw(b.database!.securityGroup, 'ingress', [{ description: 'ssh', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], security_groups: [], prefix_list_ids: [], self: false }]), fails: 'aws-ec2-sg-no-public-admin-ports' },
  { stack: 'weak-default-sg', weaken: (b) => raw(b.vpc.defaultSecurityGroup, 'ingress', [{ protocol: '-1', from_port: 0, to_port: 0, self: true, cidr_blocks: [], ipv6_cidr_blocks: [], security_groups: [], prefix_list_ids: [], description: '' }]), fails: 'aws-ec2-default-sg-restricts-all' },
  { stack: 'weak-nacl-open', weaken: (b) => raw(b.vpc.privateAcl, 'ingress', [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }]), fails: 'aws-ec2-nacl-no-allow-all-ingress' },
  { stack: 'weak-subnet-public-ip', weaken: (b) => raw(b.vpc.subnets[0]!, 'map_public_ip_on_launch', true), fails: 'aws-ec2-subnet-no-public-ip-in-ephi-vpc' },
  { stack: 'weak-flow-log-reject', weaken: (b) => raw(b.vpc.flowLog, 'traffic_type', 'REJECT'), fails: 'aws-ec2-vpc-flow-logs-enabled' },
  { stack: 'weak-trail-cloudwatch-logs', weaken: (b) => raw(b.trail.trail, 'cloud_watch_logs_group_arn', null), fails: 'aws-cloudtrail-trail-cloudwatch-logs' },
  { stack: 'weak-trail-log-retention', weaken: (b) => raw(b.trail.logGroup, 'retention_in_days', 30), fails: 'aws-logs-log-group-retention' },
  { stack: 'weak-trail-validation', weaken: (b) => raw(b.trail.trail, 'enable_log_file_validation', false), fails: 'aws-cloudtrail-trail-log-file-validation' },
  { stack: 'weak-config-partial', weaken: (b) => raw(b.config.recorder, 'recording_group.all_supported', false), fails: 'aws-config-recorder-all-resources' },
  { stack: 'weak-config-stopped', weaken: (b) => raw(b.config.status, 'is_enabled', false), fails: 'aws-config-recorder-enabled' },
  { stack: 'weak-guardduty-malware', weaken: (b) => raw(b.detection.features[0]!, 'status', 'DISABLED'), fails: 'aws-guardduty-malware-protection-enabled' },
  // Lambda scanning off is a gap only where functions exist: the stack declares one.
  { stack: 'weak-inspector-lambda', weaken: (b, s) => { b.detection.inspector.resourceTypes = ['EC2', 'ECR']; new TerraformResource(s, 'fn', { terraformResourceType: 'aws_lambda_function' }).addOverride('function_name', 'ephi-intake'); }, fails: 'aws-inspector2-scanning-enabled' },
  // Tag-based selections skip a resource type the region is not opted in to (its own region: the other stacks opt us-east-1 in).
  { stack: 'weak-backup-rds-opt-out', props: { region: 'us-west-2' }, weaken: (b) => raw(b.backup.regionSettings!, 'resource_type_opt_in_preference.RDS', false), fails: 'aws-backup-ephi-resource-covered' },
  { stack: 'weak-backup-governance', weaken: (b) => b.backup.lock.resetChangeableForDays(), fails: 'aws-backup-vault-lock-compliance' },
  // The provider pins the account (allowed_account_ids), so a copy to the same account and region is known not to be off-site.
  { stack: 'weak-backup-same-region', props: { backupCopyVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:local-copy' }, fails: 'aws-backup-plan-copies-offsite' },
  { stack: 'weak-password-policy', props: { iam: { minimumPasswordLength: 8 } }, fails: 'aws-iam-password-policy-strong' },
  { stack: 'weak-rds-unencrypted', weaken: (b) => raw(b.database!.db, 'storage_encrypted', false), fails: 'aws-rds-instance-storage-encrypted' },
  { stack: 'weak-rds-public', weaken: (b) => raw(b.database!.db, 'publicly_accessible', true), fails: 'aws-rds-instance-not-public' },
  { stack: 'weak-rds-no-tls', weaken: (b) => b.database!.parameterGroup.putParameter([{ name: 'rds.force_ssl', value: '0' }]), fails: 'aws-rds-instance-tls-required' },
  { stack: 'weak-rds-backups', weaken: (b) => raw(b.database!.db, 'backup_retention_period', 1), fails: 'aws-rds-instance-backup-retention' },
];

const build = (app: App, stack: string, props: Partial<AwsBaselineStackProps> = {}) => new AwsBaselineStack(app, stack, { ...PROPS, ...props });

describe('AWS baseline', () => {
  const out = synth((app) => build(app, 'aws-baseline'));
  let code: number | null = null;
  let findings: ScanFinding[] = [];
  beforeAll(async () => ({ code, findings } = await scan(out)), 120_000);

  it('scans clean: no failing finding, phiscan exits 0', () => {
    expect(failures(findings)).toEqual([]);
    expect(code).toBe(0);
  });

  it('leaves nothing not_assessed except the allow-listed, justified cases', () => {
    expect(unexpectedNotAssessed(findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
    expect(unusedAllowances(findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
  });

  it('suppresses only the documented exceptions, each with its reason', () => {
    const suppressed = findings.filter((f) => f.suppression);
    expect(suppressed).toHaveLength(SUPPRESSED.length);
    for (const s of SUPPRESSED) {
      const f = suppressed.find((x) => x.checkId === s.checkId && s.resource.test(x.resource.id));
      expect(f?.suppression?.reason).toMatch(s.reason);
    }
  });

  it(`passes every claimed check (${CLAIMED.length} distinct check ids)`, () => {
    const passing = [...new Set(findings.filter((f) => f.status === 'pass').map((f) => f.checkId))].sort();
    expect(passing).toEqual([...CLAIMED].sort());
  });

  it('synthesizes the same Terraform JSON (snapshot)', async () => {
    await expect(stackJson(out, 'aws-baseline')).toMatchFileSnapshot('__snapshots__/aws-baseline.cdk.tf.json');
  });

  it('stays clean with non-default options (Object Lock, custom network, no database, custom key users)', async () => {
    const custom = synth((app) => build(app, 'aws-custom', {
      dataObjectLockDays: 365,
      vpcCidr: '10.80.0.0/16',
      privateSubnets: [{ cidrBlock: '10.80.0.0/24', availabilityZone: 'us-east-1a' }, { cidrBlock: '10.80.1.0/24', availabilityZone: 'us-east-1b' }, { cidrBlock: '10.80.2.0/24', availabilityZone: 'us-east-1c' }],
      database: false,
      keyUserArns: ['arn:aws:iam::111122223333:role/ephi-app'],
      backup: { retentionDays: 90, copyRetentionDays: 365, lockGraceDays: 7 },
    }));
    const json = stackJson(custom, 'aws-custom');
    expect(json).toContain('"object_lock_enabled": true');
    expect(json).toMatch(/"mode": "COMPLIANCE"/);
    expect(json).not.toContain('aws_db_instance');
    const r = await scan(custom);
    expect(failures(r.findings)).toEqual([]);
    expect(unexpectedNotAssessed(r.findings, NOT_ASSESSED_ALLOWED)).toEqual([]);
    expect(json.match(/"map_public_ip_on_launch": false/g)).toHaveLength(3);
    // Without the database no ePHI resource sits in the VPC, so the subnet check does not apply.
    expect(r.findings.filter((f) => f.checkId === 'aws-ec2-subnet-no-public-ip-in-ephi-vpc')).toEqual([]);
  });

  it('fails the matching check when a control is turned off (the scan is not vacuous)', async () => {
    const weakOut = synth((app) => {
      for (const w of WEAKENED) {
        const s = build(app, w.stack, w.props);
        w.weaken?.(s.baseline, s);
      }
    });
    const weak = await scan(weakOut);
    expect(weak.code).toBe(1);
    const missed = WEAKENED.filter((w) => !weak.findings.some((f) => stackOf(f) === w.stack && f.checkId === w.fails && f.status === 'fail' && !f.suppression));
    expect(missed.map((w) => `${w.stack}: ${w.fails} did not fail`)).toEqual([]);
  });
});
