import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { loadCdktfOut, loadTerraformDirs, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { aws } from '../../checks/aws/fixtures.js';
import { project } from '../../checks/gcp/_fixtures.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

/**
 * The same resource, read live after apply and read from IaC before apply, must give the same
 * finding status for every check. The live resources below are what the AWS adapter would read
 * for the deployed fixture stacks (fixtures/iac/aws/*): ids are ARNs there, Terraform addresses here.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const fx = (p: string) => join(root, 'fixtures/iac', p);
const quiet = { warn: () => {} };
const ACCT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCT}:key/phi`;
const PHI = { phi: 'true' };
// Runtime state no configuration declares: Systems Manager registration and patch compliance.
// Segmentation reads the whole network, which these live worlds leave out (segmentation-equivalence.test.ts compares live and Terraform networks for GCP only so far).
const RUNTIME_ONLY = new Set(['aws-ssm-instance-managed', 'aws-ssm-instance-patch-compliant', 'aws-ssm-instance-association-compliant', 'aws-backup-recovery-point-encrypted', 'aws-ec2-ephi-network-segmented']);

const live = <T extends Parameters<typeof aws>[0]>(type: T, id: string, config: Parameters<typeof aws<T>>[1], tags: Record<string, string> = {}) =>
  aws(type, config, { id, name: id.split(/[:/]/).pop() ?? id, tags, account: undefined, region: 'us-east-1' });

/** Live worlds keyed by the IaC resource id each live resource corresponds to. */
const COMPLIANT: Record<string, Resource> = {
  'terraform:aws_kms_key.phi': live('aws.kms.key', KEY, { rotationEnabled: true, rotationPeriodDays: 365 }),
  'terraform:aws_s3_bucket.records': live('aws.s3.bucket', 'arn:aws:s3:::acme-phi-records', {
    defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: KEY, bucketKeyEnabled: true },
    policy: { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-phi-records', 'arn:aws:s3:::acme-phi-records/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
    versioning: 'Enabled', mfaDelete: false, objectLock: null, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }, logging: null,
  }, PHI),
  'terraform:aws_db_instance.records': live('aws.rds.instance', `arn:aws:rds:us-east-1:${ACCT}:db:records`, {
    engine: 'postgres', engineVersion: '16.4', clusterId: null, storageEncrypted: true, kmsKeyId: KEY, backupRetentionDays: 14, publiclyAccessible: false, deletionProtection: true, multiAz: true, autoMinorVersionUpgrade: true, tlsParameter: { name: 'rds.force_ssl', value: '1' }, logExports: [],
  }, PHI),
  'terraform:aws_ebs_volume.data': live('aws.ec2.volume', `arn:aws:ec2:us-east-1:${ACCT}:volume/vol-1`, { encrypted: true, kmsKeyId: KEY }),
  'terraform:aws_dynamodb_table.sessions': live('aws.dynamodb.table', `arn:aws:dynamodb:us-east-1:${ACCT}:table/sessions`, { sseType: 'CUSTOMER_MANAGED', kmsKeyArn: KEY, pointInTimeRecovery: true, deletionProtection: true }, PHI),
  'terraform:aws_cloudtrail.main': live('aws.cloudtrail.trail', `arn:aws:cloudtrail:us-east-1:${ACCT}:trail/main`, { isMultiRegion: true, isOrganizationTrail: false, logFileValidation: true, kmsKeyId: KEY, isLogging: true, includeGlobalServiceEvents: true, s3BucketName: 'acme-trail-logs', dataEvents: false,
    eventSelectors: { basic: [], advanced: [] }, cloudWatchLogsLogGroupArn: null }),
  'terraform:aws_iam_account_password_policy.this': live('aws.iam.password-policy', `aws/${ACCT}/password-policy`, { present: true, minimumLength: 14, requireSymbols: true, requireNumbers: true, requireUppercase: true, requireLowercase: true, maxAgeDays: null, reusePrevention: 24 }),
  'terraform:aws_guardduty_detector.main': live('aws.guardduty.detector', `arn:aws:guardduty:us-east-1:${ACCT}:detector/d1`, { detectorId: 'd1', enabled: true, ebsMalwareProtection: true, s3MalwareProtection: false, s3DataEvents: false }),
  'terraform:aws_security_group.db': live('aws.ec2.security-group', `arn:aws:ec2:us-east-1:${ACCT}:security-group/sg-db`, { groupName: 'db', isDefault: false, ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: ['10.0.0.0/16'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }], egress: [] }),
  'terraform:aws_ebs_encryption_by_default.this': live('aws.ec2.ebs-encryption-default', `aws/${ACCT}/us-east-1/ebs-encryption-default`, { enabled: true, kmsKeyId: null }),
  'terraform:aws_s3_account_public_access_block.this': live('aws.s3.account-public-access-block', `aws/${ACCT}/s3-account-public-access-block`, { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } }),
  'terraform:aws_backup_plan.phi': live('aws.backup.plan', `arn:aws:backup:us-east-1:${ACCT}:backup-plan:phi`, {
    rules: [{ name: 'daily', targetVaultName: 'phi', scheduleExpression: 'cron(0 5 * * ? *)', continuous: false, deleteAfterDays: 35, copyTo: [{ destinationVaultArn: 'arn:aws:backup:us-west-2:444455556666:backup-vault:phi-dr', deleteAfterDays: 35 }] }],
    selections: [{ resources: [], notResources: [], listOfTags: [{ key: 'phi', value: 'true' }], conditions: { stringEquals: [], stringLike: [], stringNotEquals: [], stringNotLike: [] } }],
  }),
  // One configuration never holds every plan of the region: its deployed twin is read as if ListBackupPlans had failed.
  'terraform:aws_backup_region_settings.this': live('aws.backup.region', `arn:aws:backup:us-east-1:${ACCT}:region-settings`, {
    resourceTypeOptIn: { Aurora: true, DocumentDB: true, DynamoDB: true, EBS: true, EC2: true, EFS: true, FSx: true, Neptune: true, RDS: true, S3: true, VirtualMachine: true }, planArns: undefined, restoreTestingPlans: undefined,
  }),
};

const NONCOMPLIANT_RESOURCES: Record<string, Resource> = {
  'terraform:aws_s3_bucket.uploads': live('aws.s3.bucket', 'arn:aws:s3:::acme-patient-uploads', {
    defaultEncryption: { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: false },
    policy: { Version: '2012-10-17', Statement: [{ Sid: 'ReadForApp', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:role/app` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-patient-uploads/*' }] },
    versioning: 'Suspended', mfaDelete: false, objectLock: null, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false }, logging: null,
  }, { phi: 'true', team: 'records' }),
  'terraform:module.data.aws_s3_bucket.archive': live('aws.s3.bucket', 'arn:aws:s3:::acme-phi-archive', { defaultEncryption: { algorithm: 'AES256', kmsKeyArn: null, bucketKeyEnabled: false }, policy: null, versioning: 'Off', mfaDelete: false, objectLock: null, publicAccessBlock: null, logging: null }, PHI),
  'terraform:aws_kms_key.app': live('aws.kms.key', `arn:aws:kms:us-east-1:${ACCT}:key/app`, { rotationEnabled: false, rotationPeriodDays: null }),
  'terraform:aws_ebs_volume.scratch': live('aws.ec2.volume', `arn:aws:ec2:us-east-1:${ACCT}:volume/vol-2`, { encrypted: false, kmsKeyId: null }, { phi: 'true', team: 'records' }),
  'terraform:aws_security_group.web': live('aws.ec2.security-group', `arn:aws:ec2:us-east-1:${ACCT}:security-group/sg-web`, {
    groupName: 'web', isDefault: false, egress: [],
    ingress: [
      { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] },
      { protocol: 'tcp', fromPort: 5432, toPort: 5432, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] },
    ],
  }),
  'terraform:aws_network_acl.open': live('aws.ec2.network-acl', `arn:aws:ec2:us-east-1:${ACCT}:network-acl/acl-1`, { isDefault: false, entries: [{ ruleNumber: 100, egress: false, action: 'allow', protocol: '-1', cidrBlock: '0.0.0.0/0', ipv6CidrBlock: null, fromPort: 0, toPort: 0 }] }),
  'terraform:aws_instance.web': live('aws.ec2.instance', `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`, { publicIpAddress: '203.0.113.10', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, { phi: 'true', team: 'records' }),
  'terraform:aws_dynamodb_table.sessions': live('aws.dynamodb.table', `arn:aws:dynamodb:us-east-1:${ACCT}:table/sessions`, { sseType: 'AWS_OWNED', kmsKeyArn: null, pointInTimeRecovery: false, deletionProtection: false }, { phi: 'true', team: 'records' }),
  'terraform:aws_efs_file_system.shared': live('aws.efs.file-system', `arn:aws:elasticfilesystem:us-east-1:${ACCT}:file-system/fs-1`, { encrypted: false, kmsKeyId: null, automaticBackups: false }),
  'terraform:aws_cloudtrail.main': live('aws.cloudtrail.trail', `arn:aws:cloudtrail:us-east-1:${ACCT}:trail/main`, { isMultiRegion: false, isOrganizationTrail: false, logFileValidation: false, kmsKeyId: null, isLogging: true, includeGlobalServiceEvents: true, s3BucketName: 'acme-trail-logs', dataEvents: false,
    eventSelectors: { basic: [], advanced: [] }, cloudWatchLogsLogGroupArn: null }),
  'terraform:aws_iam_account_password_policy.this': live('aws.iam.password-policy', `aws/${ACCT}/password-policy`, { present: true, minimumLength: 8, requireSymbols: false, requireNumbers: false, requireUppercase: false, requireLowercase: false, maxAgeDays: null, reusePrevention: null }),
  'terraform:aws_lb_listener.http': live('aws.elbv2.listener', `arn:aws:elasticloadbalancing:us-east-1:${ACCT}:listener/app/web/1/l1`, { loadBalancerScheme: 'internet-facing', protocol: 'HTTP', port: 80, sslPolicy: null, redirectsToHttps: false }),
  'terraform:aws_backup_vault.main': live('aws.backup.vault', `arn:aws:backup:us-east-1:${ACCT}:backup-vault:main`, { vaultType: 'BACKUP_VAULT', locked: false, lockMode: null, minRetentionDays: null, encryptionKeyArn: null, accessPolicy: null }),
  'terraform:aws_guardduty_detector.main': live('aws.guardduty.detector', `arn:aws:guardduty:us-east-1:${ACCT}:detector/d2`, { detectorId: 'd2', enabled: false }),
  'terraform:aws_s3_account_public_access_block.this': live('aws.s3.account-public-access-block', `aws/${ACCT}/s3-account-public-access-block`, { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } }),
  'terraform:aws_ebs_encryption_by_default.this': live('aws.ec2.ebs-encryption-default', `aws/${ACCT}/us-east-1/ebs-encryption-default`, { enabled: false, kmsKeyId: null }),
  'terraform:aws_backup_plan.daily': live('aws.backup.plan', `arn:aws:backup:us-east-1:${ACCT}:backup-plan:daily`, {
    rules: [{ name: 'daily', targetVaultName: 'main', scheduleExpression: 'cron(0 5 ? * SUN *)', continuous: false, deleteAfterDays: 7, copyTo: [] }],
    selections: [{ resources: ['*'], notResources: ['arn:aws:ec2:*:*:volume/*'], listOfTags: [], conditions: { stringEquals: [{ key: 'phi', value: 'true' }], stringLike: [], stringNotEquals: [], stringNotLike: [] } }],
  }),
  'terraform:aws_backup_region_settings.this': live('aws.backup.region', `arn:aws:backup:us-east-1:${ACCT}:region-settings`, { resourceTypeOptIn: { DynamoDB: false, EBS: true, EFS: true, RDS: false, S3: false }, planArns: undefined, restoreTestingPlans: undefined }),
  'terraform:module.data.aws_db_instance.records': live('aws.rds.instance', `arn:aws:rds:us-east-1:${ACCT}:db:records`, {
    engine: 'mysql', engineVersion: '8.0.35', clusterId: null, storageEncrypted: false, kmsKeyId: null, backupRetentionDays: 1, publiclyAccessible: true, deletionProtection: false, multiAz: false, autoMinorVersionUpgrade: true, tlsParameter: { name: 'require_secure_transport', value: null },
  }, PHI),
};
// The HCL stacks pin their account (`allowed_account_ids`), so their resources know it, as live ones do.
const pinned = (world: Record<string, Resource>) => Object.fromEntries(Object.entries(world).map(([id, r]) => [id, { ...r, account: ACCT }]));
const NONCOMPLIANT = pinned(NONCOMPLIANT_RESOURCES);

type Statuses = Map<string, string>;

/** Status per `check id @ iac id` for the resources of `pairs`, evaluated in each world. */
function statuses(resources: readonly Resource[], idOf: (r: Resource) => string | undefined): Statuses {
  const out: Statuses = new Map();
  const { findings } = evaluate(resources, [], ALL_CHECKS, { now: TEST_NOW });
  for (const f of findings) {
    if (RUNTIME_ONLY.has(f.checkId)) continue;
    const key = idOf(resources.find((r) => r.id === f.resource.id) as Resource);
    if (key) out.set(`${f.checkId} @ ${key}`, f.status);
  }
  return out;
}

function compare(iac: readonly Resource[], world: Record<string, Resource>): void {
  const liveToIac = new Map(Object.entries(world).map(([iacId, r]) => [r.id, iacId]));
  const wanted = new Set(Object.keys(world));
  for (const id of wanted) expect(iac.map((r) => r.id), `IaC input has ${id}`).toContain(id);
  const fromIac = statuses(iac, (r) => (wanted.has(r.id) ? r.id : undefined));
  const fromLive = statuses(Object.values(world), (r) => liveToIac.get(r.id));
  expect(fromLive.size).toBeGreaterThan(10);
  expect(Object.fromEntries([...fromIac].sort())).toEqual(Object.fromEntries([...fromLive].sort()));
}

describe('live and IaC fixtures of the same resource give the same findings', () => {
  it('compliant stack, from HCL', async () => {
    compare(await loadTerraformDirs([fx('aws/compliant')], quiet), pinned(COMPLIANT));
  });

  it('non-compliant stack (with a module and split security group rules), from HCL', async () => {
    compare(await loadTerraformDirs([fx('aws/noncompliant')], quiet), NONCOMPLIANT);
  });

  it('compliant resources, from the plan JSON', async () => {
    const iac = await loadTerraformPlans([fx('aws/plan/compliant.plan.json')], [], quiet);
    const ids = ['terraform:aws_kms_key.phi', 'terraform:aws_s3_bucket.records', 'terraform:aws_db_instance.records', 'terraform:aws_ebs_volume.data'];
    const world = Object.fromEntries(ids.map((id) => [id, COMPLIANT[id] as Resource]));
    // A plan shows the deprecated inline `logging` block of a bucket that does not configure it as computed: unknown until apply, as a failed GetBucketLogging would be live.
    const records = world['terraform:aws_s3_bucket.records'] as Resource<'aws.s3.bucket'>;
    world['terraform:aws_s3_bucket.records'] = { ...records, config: { ...records.config, logging: undefined } };
    compare(iac, world);
  });

  it('the same stack as plan JSON and as HCL gives the same findings for the resources both hold', async () => {
    const plan = await loadTerraformPlans([fx('aws/noncompliant/plan.json')], [], quiet);
    const hcl = await loadTerraformDirs([fx('aws/noncompliant')], quiet);
    const shared = new Set(plan.map((r) => r.id));
    const fromPlan = statuses(plan, (r) => r.id);
    const fromHcl = statuses(hcl, (r) => (shared.has(r.id) ? r.id : undefined));
    // The plan holds a subset (no security group rule for 5432, subnet, account public access block, EBS default), so compare checks that do not look at what is missing.
    const crossResource = new Set(['aws-s3-bucket-public-access-blocked', 'aws-ec2-volume-encrypted', 'aws-ec2-sg-no-public-database-ports', 'aws-ec2-subnet-no-public-ip-in-ephi-vpc', 'aws-ec2-instance-no-public-ip', 'aws-backup-ephi-resource-covered']);
    // A VPC's implied defaults (`#default-security-group`...) exist where the input does not manage them, and the plan holds less.
    const strip = (m: Statuses) => Object.fromEntries([...m].filter(([k]) => !crossResource.has(k.split(' @ ')[0] ?? '') && !k.includes('#')).sort());
    expect(strip(fromPlan)).toEqual(strip(fromHcl));
    expect(Object.keys(strip(fromPlan)).length).toBeGreaterThan(15);
  });

  it('CDKTF gives the live answers for the records bucket', async () => {
    const iac = await loadCdktfOut([fx('cdktf/cdktf.out')], quiet);
    const bucket = iac.find((r) => r.id === 'cdktf:phi-data/aws_s3_bucket.records');
    const key = iac.find((r) => r.id === 'cdktf:phi-data/aws_kms_key.phi-key');
    expect(bucket && key).toBeTruthy();
    const fromIac = statuses(iac, (r) => (r === bucket ? 'bucket' : undefined));
    const liveBucket = aws('aws.s3.bucket', { ...(COMPLIANT['terraform:aws_s3_bucket.records'] as Resource<'aws.s3.bucket'>).config, policy: null }, { id: 'arn:aws:s3:::acme-phi-records', tags: PHI, account: undefined });
    const fromLive = statuses([liveBucket, COMPLIANT['terraform:aws_kms_key.phi'] as Resource], (r) => (r === liveBucket ? 'bucket' : undefined));
    expect(Object.fromEntries([...fromIac].sort())).toEqual(Object.fromEntries([...fromLive].sort()));
  });
});

/**
 * A GCP project exists before the configuration, which declares only its audit configs: the checks
 * reading them give the live answers; the live project's other state (IAM bindings, services, org
 * policies, metadata) is not in the input and stays not_assessed (test/providers/terraform/gcp.test.ts).
 */
describe('a GCP project read live and from its audit configs gives the same audit-log findings', () => {
  const logs = (...types: ('ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE')[]) => types.map((logType) => ({ logType, exemptedMembers: [] }));
  const DECLARED = ['gcp-resourcemanager-data-access-audit-logs'];
  const cases = {
    compliant: [
      { service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') },
      { service: 'storage.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ' as const, exemptedMembers: ['serviceAccount:backup@acme-phi-prod.iam.gserviceaccount.com'] }] },
    ],
    noncompliant: [{ service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_WRITE') }],
  };
  for (const [dir, auditConfigs] of Object.entries(cases)) {
    it(`${dir} stack, from HCL`, async () => {
      const iac = await loadTerraformDirs([fx(`gcp/${dir}`)], quiet);
      const id = 'terraform:google_project_iam_audit_config.all';
      // Its deployed twin read at project scope: the folders and organization above it are not read, as in a configuration.
      const deployed = project({ auditConfigs, ancestorIamPolicies: undefined }, { id: '//cloudresourcemanager.googleapis.com/projects/123456789012', name: 'acme-phi-prod', account: 'acme-phi-prod' });
      expect(iac.find((r) => r.id === id)?.config).toMatchObject({ auditConfigs });
      const of = (world: readonly Resource[], rid: string) => Object.fromEntries(evaluate(world, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((f) => f.resource.id === rid && DECLARED.includes(f.checkId)).map((f) => [f.checkId, f.status]));
      const fromIac = of(iac, id);
      expect(Object.keys(fromIac)).toEqual(DECLARED);
      expect(fromIac).toEqual(of([deployed], deployed.id));
    });
  }
});
