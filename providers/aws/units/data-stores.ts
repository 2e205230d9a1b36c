import { GetBackupPlanCommand, GetBackupSelectionCommand, GetBackupVaultAccessPolicyCommand, paginateListBackupPlans, paginateListBackupSelections, paginateListBackupVaults } from '@aws-sdk/client-backup';
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, paginateListKeys, paginateListResourceTags } from '@aws-sdk/client-kms';
import {
  DescribeDBSnapshotAttributesCommand, paginateDescribeDBClusterParameters, paginateDescribeDBClusters, paginateDescribeDBInstances, paginateDescribeDBParameters, paginateDescribeDBSnapshots,
} from '@aws-sdk/client-rds';
import {
  GetBucketEncryptionCommand, GetBucketLoggingCommand, GetBucketPolicyCommand, GetBucketTaggingCommand, GetBucketVersioningCommand, GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand, paginateListBuckets,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import {
  accountPab, arr, backupPlanConfig, backupVaultConfig, bucketConfig, kmsKeyConfig, obj, parsePolicy, type ClusterMembers, rdsClusterConfig, rdsInstanceConfig, rdsSnapshotConfig, str, tagsOf, tlsParameter,
  tlsParameterName, type Raw,
} from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** KMS keys of a region: metadata, rotation, key policy and tags per key. */
export async function collectKms(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const kms = u.client('kms');
  const keys = await u.call('kms', 'ListKeys', ['aws.kms.key'], () => drain(paginateListKeys({ client: kms, pageSize: 1000 }, {}), (r) => raw(r.Keys), u.signal));
  await Promise.all((keys ?? []).map((k) => u.each(async () => {
    const keyId = str(k.KeyId) ?? '';
    const described = await u.call('kms', 'DescribeKey', ['aws.kms.key'], () => kms.send(new DescribeKeyCommand({ KeyId: keyId }), u.opt));
    const meta = (described?.KeyMetadata ?? { KeyId: keyId, Arn: k.KeyArn }) as Raw;
    const customer = str(meta.KeyManager) === 'CUSTOMER';
    // Rotation exists only for enabled/disabled symmetric keys with AWS-generated material; others have a known "no".
    const canRotate = customer && str(meta.KeySpec) === 'SYMMETRIC_DEFAULT' && str(meta.Origin) === 'AWS_KMS' && str(meta.KeyState) !== 'PendingDeletion';
    const [rotation, policy, tags] = await Promise.all([
      canRotate ? u.call('kms', 'GetKeyRotationStatus', ['aws.kms.key'], () => kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }), u.opt)) : Promise.resolve(null),
      u.call('kms', 'GetKeyPolicy', ['aws.kms.key'], () => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }), u.opt)),
      customer ? u.call('kms', 'ListResourceTags', ['aws.kms.key'], () => drain(paginateListResourceTags({ client: kms, pageSize: 50 }, { KeyId: keyId }), (r) => raw(r.Tags).map((t) => ({ Key: t.TagKey, Value: t.TagValue })), u.signal)) : Promise.resolve([]),
    ]);
    const rot = described === undefined ? undefined
      : rotation === null ? { enabled: str(meta.KeyManager) === 'AWS', periodDays: null }
      : rotation === undefined ? undefined : { enabled: rotation.KeyRotationEnabled === true, periodDays: rotation.RotationPeriodInDays ?? null };
    const config = described === undefined ? kmsKeyConfig({}, undefined, undefined) : kmsKeyConfig(meta, rot, policy === undefined ? undefined : policy === null ? null : (parsePolicy(policy.Policy) ?? null));
    u.emit({ provider: 'aws', type: 'aws.kms.key', id: str(meta.Arn) ?? `arn:aws:kms:${region}:${account}:key/${keyId}`, name: keyId, account, region, tags: tags === undefined || tags === null ? undefined : tagsOf(tags), config, source: { kind: 'live', api: 'kms:DescribeKey' } });
  })));
}

/** RDS instances, clusters and snapshots of a region, with the TLS parameter of their parameter groups. */
export async function collectRds(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const rds = u.client('rds');
  const p = { client: rds, pageSize: 100 };
  const [instances, clusters, snapshots] = await Promise.all([
    u.call('rds', 'DescribeDBInstances', ['aws.rds.instance'], () => drain(paginateDescribeDBInstances(p, {}), (r) => raw(r.DBInstances), u.signal)),
    u.call('rds', 'DescribeDBClusters', ['aws.rds.cluster'], () => drain(paginateDescribeDBClusters(p, {}), (r) => raw(r.DBClusters), u.signal)),
    u.call('rds', 'DescribeDBSnapshots', ['aws.rds.snapshot'], () => drain(paginateDescribeDBSnapshots(p, {}), (r) => raw(r.DBSnapshots), u.signal)),
  ]);
  const groupParams = new Map<string, Promise<Raw[] | null | undefined>>();
  const params = (group: string, cluster: boolean) => {
    const key = `${cluster ? 'c' : 'i'}:${group}`;
    let pending = groupParams.get(key);
    if (!pending) {
      pending = u.each(() => cluster
        ? u.call('rds', 'DescribeDBClusterParameters', [], () => drain(paginateDescribeDBClusterParameters(p, { DBClusterParameterGroupName: group }), (r) => raw(r.Parameters), u.signal))
        : u.call('rds', 'DescribeDBParameters', [], () => drain(paginateDescribeDBParameters(p, { DBParameterGroupName: group }), (r) => raw(r.Parameters), u.signal)));
      groupParams.set(key, pending);
    }
    return pending;
  };
  const membersOf = new Map<string, { vpcId: string | undefined; subnetIds: Set<string>; publiclyAccessible: boolean }>();
  await Promise.all((instances ?? []).map(async (d) => {
    const engine = str(d.Engine);
    const group = str(arr(d.DBParameterGroups)[0]?.DBParameterGroupName);
    const clusterId = str(d.DBClusterIdentifier);
    const vpc = str(obj(d.DBSubnetGroup).VpcId);
    if (clusterId) {
      const m = membersOf.get(clusterId) ?? { vpcId: vpc, subnetIds: new Set<string>(), publiclyAccessible: false };
      for (const sn of arr(obj(d.DBSubnetGroup).Subnets)) if (str(sn.SubnetIdentifier)) m.subnetIds.add(str(sn.SubnetIdentifier) as string);
      m.publiclyAccessible ||= d.PubliclyAccessible === true;
      membersOf.set(clusterId, m);
    }
    const needs = !clusterId && tlsParameterName(engine);
    const list = needs && group ? await params(group, false) : undefined;
    const tls = clusterId ? null : needs ? (group ? tlsParameter(engine, list ?? undefined) : undefined) : tlsParameterName(engine) === null ? null : undefined;
    const id = str(d.DBInstanceArn) ?? `arn:aws:rds:${region}:${account}:db:${str(d.DBInstanceIdentifier) ?? ''}`;
    u.emit({ provider: 'aws', type: 'aws.rds.instance', id, name: str(d.DBInstanceIdentifier) ?? id, account, region, tags: tagsOf(d.TagList), config: rdsInstanceConfig(d, tls), source: { kind: 'live', api: 'rds:DescribeDBInstances' } });
  }));
  await Promise.all((clusters ?? []).map(async (c) => {
    const engine = str(c.Engine);
    const group = str(c.DBClusterParameterGroup);
    const list = group && tlsParameterName(engine) ? await params(group, true) : undefined;
    const param = tlsParameterName(engine);
    const tls = param ? (group ? tlsParameter(engine, list ?? undefined) : undefined) : param === null ? null : undefined;
    const name = str(c.DBClusterIdentifier) ?? '';
    const id = str(c.DBClusterArn) ?? `arn:aws:rds:${region}:${account}:cluster:${name}`;
    u.emit({ provider: 'aws', type: 'aws.rds.cluster', id, name, account, region, tags: tagsOf(c.TagList), config: rdsClusterConfig(c, tls, clusterMembers(membersOf.get(name), instances)), source: { kind: 'live', api: 'rds:DescribeDBClusters' } });
  }));
  await Promise.all((snapshots ?? []).map((s) => u.each(async () => {
    const name = str(s.DBSnapshotIdentifier) ?? '';
    // Only manual snapshots can be shared; automated ones are never public.
    let isPublic: boolean | undefined = false;
    if (str(s.SnapshotType) === 'manual') {
      const attrs = await u.call('rds', 'DescribeDBSnapshotAttributes', ['aws.rds.snapshot'], () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: name }), u.opt));
      isPublic = attrs ? arr(attrs.DBSnapshotAttributesResult?.DBSnapshotAttributes).some((a) => str(a.AttributeName) === 'restore' && ((a.AttributeValues as string[] | undefined) ?? []).includes('all')) : undefined;
    }
    const id = str(s.DBSnapshotArn) ?? `arn:aws:rds:${region}:${account}:snapshot:${name}`;
    u.emit({ provider: 'aws', type: 'aws.rds.snapshot', id, name, account, region, tags: tagsOf(s.TagList), config: rdsSnapshotConfig(s, isPublic), source: { kind: 'live', api: 'rds:DescribeDBSnapshots' } });
  })));
}

/** S3 for the account: every bucket's settings, and the account-level public access block. */
export async function collectS3(u: UnitContext): Promise<void> {
  const { account } = u.unit;
  const s3 = u.client('s3');
  const control = u.client('s3control');
  const accountBlock = await u.call('s3', 'GetAccountPublicAccessBlock', ['aws.s3.account-public-access-block'], () => control.send(new GetAccountPublicAccessBlockCommand({ AccountId: account }), u.opt), ['NoSuchPublicAccessBlockConfiguration']);
  u.emit({
    provider: 'aws', type: 'aws.s3.account-public-access-block', id: `arn:aws:s3::${account}:account-public-access-block`, name: 'S3 Block Public Access (account)', account, region: 'global', tags: {},
    config: { publicAccessBlock: accountPab(accountBlock === undefined ? undefined : accountBlock === null ? null : (accountBlock.PublicAccessBlockConfiguration as Raw | undefined) ?? null) },
    source: { kind: 'live', api: 's3:GetAccountPublicAccessBlock' },
  });
  const buckets = await u.call('s3', 'ListBuckets', ['aws.s3.bucket'], () => drain(paginateListBuckets({ client: s3, pageSize: 1000 }, {}), (r) => raw(r.Buckets), u.signal));
  const hides = ['aws.s3.bucket'] as const;
  await Promise.all((buckets ?? []).map((b) => u.each(async () => {
    const Bucket = str(b.Name) ?? '';
    const region = str(b.BucketRegion) ?? u.region;
    // Per-bucket reads go to the bucket's own region (a client elsewhere would get a redirect).
    const c = u.client('s3', region);
    const opt = u.opt;
    const [encryption, policy, versioning, objectLock, publicAccessBlock, logging, tagging] = await Promise.all([
      u.call('s3', 'GetEncryptionConfiguration', hides, () => c.send(new GetBucketEncryptionCommand({ Bucket }), opt), ['ServerSideEncryptionConfigurationNotFoundError']),
      u.call('s3', 'GetBucketPolicy', hides, () => c.send(new GetBucketPolicyCommand({ Bucket }), opt), ['NoSuchBucketPolicy']),
      u.call('s3', 'GetBucketVersioning', hides, () => c.send(new GetBucketVersioningCommand({ Bucket }), opt)),
      u.call('s3', 'GetBucketObjectLockConfiguration', hides, () => c.send(new GetObjectLockConfigurationCommand({ Bucket }), opt), ['ObjectLockConfigurationNotFoundError']),
      u.call('s3', 'GetBucketPublicAccessBlock', hides, () => c.send(new GetPublicAccessBlockCommand({ Bucket }), opt), ['NoSuchPublicAccessBlockConfiguration']),
      u.call('s3', 'GetBucketLogging', hides, () => c.send(new GetBucketLoggingCommand({ Bucket }), opt)),
      u.call('s3', 'GetBucketTagging', hides, () => c.send(new GetBucketTaggingCommand({ Bucket }), opt), ['NoSuchTagSet']),
    ]);
    const part = <T>(v: T | null | undefined, pick: (x: T) => unknown): Raw | null | undefined => (v === undefined ? undefined : v === null ? null : ((pick(v) as Raw | undefined) ?? null));
    const config = bucketConfig({
      encryption: part(encryption, (x) => x.ServerSideEncryptionConfiguration), policy: policy === undefined ? undefined : policy === null ? null : (policy.Policy ?? null),
      versioning: (versioning ?? undefined) as Raw | undefined, objectLock: part(objectLock, (x) => x.ObjectLockConfiguration), publicAccessBlock: part(publicAccessBlock, (x) => x.PublicAccessBlockConfiguration),
      logging: (logging ?? undefined) as Raw | undefined,
    });
    u.emit({ provider: 'aws', type: 'aws.s3.bucket', id: `arn:aws:s3:::${Bucket}`, name: Bucket, account, region, tags: tagging === undefined ? undefined : tagging === null ? {} : tagsOf(tagging.TagSet), config, source: { kind: 'live', api: 's3:GetBucketEncryption' } });
  })));
}

/** AWS Backup vaults (lock, policy) and plans (rules, copy actions, selections) of a region. */
export async function collectBackup(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const backup = u.client('backup');
  const opt = u.opt;
  const [vaults, plans] = await Promise.all([
    u.call('backup', 'ListBackupVaults', ['aws.backup.vault'], () => drain(paginateListBackupVaults({ client: backup, pageSize: 1000 }, {}), (r) => raw(r.BackupVaultList), u.signal)),
    u.call('backup', 'ListBackupPlans', ['aws.backup.plan'], () => drain(paginateListBackupPlans({ client: backup, pageSize: 1000 }, {}), (r) => raw(r.BackupPlansList), u.signal)),
  ]);
  await Promise.all((vaults ?? []).map((v) => u.each(async () => {
    const name = str(v.BackupVaultName) ?? '';
    const policy = await u.call('backup', 'GetBackupVaultAccessPolicy', ['aws.backup.vault'], () => backup.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name }), opt), ['ResourceNotFoundException']);
    const doc = policy === undefined ? undefined : policy === null ? null : (parsePolicy(policy.Policy) ?? null);
    u.emit({ provider: 'aws', type: 'aws.backup.vault', id: str(v.BackupVaultArn) ?? `arn:aws:backup:${region}:${account}:backup-vault:${name}`, name, account, region, tags: undefined, config: backupVaultConfig(v, doc, u.now), source: { kind: 'live', api: 'backup:ListBackupVaults' } });
  })));
  await Promise.all((plans ?? []).map((pl) => u.each(async () => {
    const BackupPlanId = str(pl.BackupPlanId) ?? '';
    const [plan, selections] = await Promise.all([
      u.call('backup', 'GetBackupPlan', ['aws.backup.plan'], () => backup.send(new GetBackupPlanCommand({ BackupPlanId }), opt)),
      u.call('backup', 'ListBackupSelections', ['aws.backup.plan'], () => drain(paginateListBackupSelections({ client: backup, pageSize: 1000 }, { BackupPlanId }), (r) => raw(r.BackupSelectionsList), u.signal)),
    ]);
    const details = selections ? await Promise.all(selections.map((s) => u.call('backup', 'GetBackupSelection', ['aws.backup.plan'], () => backup.send(new GetBackupSelectionCommand({ BackupPlanId, SelectionId: str(s.SelectionId) ?? '' }), opt)))) : undefined;
    const sel = details?.some((d) => !d) ? undefined : details?.map((d) => (d?.BackupSelection ?? {}) as Raw);
    u.emit({
      provider: 'aws', type: 'aws.backup.plan', id: str(pl.BackupPlanArn) ?? `arn:aws:backup:${region}:${account}:backup-plan:${BackupPlanId}`, name: str(pl.BackupPlanName) ?? BackupPlanId, account, region, tags: undefined,
      config: backupPlanConfig(plan ? (plan as unknown as Raw) : undefined, sel), source: { kind: 'live', api: 'backup:GetBackupPlan' },
    });
  })));
}

/** Placement of a cluster from its member instances; undefined when the instance listing failed. */
function clusterMembers(m: { vpcId: string | undefined; subnetIds: Set<string>; publiclyAccessible: boolean } | undefined, instances: readonly unknown[] | null | undefined): ClusterMembers | undefined {
  if (m) return { vpcId: m.vpcId, subnetIds: [...m.subnetIds].sort(), publiclyAccessible: m.publiclyAccessible };
  return instances ? { vpcId: undefined, subnetIds: [], publiclyAccessible: false } : undefined;
}
