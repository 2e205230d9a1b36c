import { DescribeRegionSettingsCommand, GetBackupPlanCommand, GetBackupSelectionCommand, GetBackupVaultAccessPolicyCommand, paginateListBackupPlans, paginateListBackupSelections, paginateListBackupVaults } from '@aws-sdk/client-backup';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, paginateListKeys, paginateListResourceTags } from '@aws-sdk/client-kms';
import {
  DescribeDBSnapshotAttributesCommand, paginateDescribeDBClusterParameters, paginateDescribeDBClusters, paginateDescribeDBInstances, paginateDescribeDBParameters, paginateDescribeDBSnapshots,
} from '@aws-sdk/client-rds';
import {
  GetBucketEncryptionCommand, GetBucketLoggingCommand, GetBucketPolicyCommand, GetBucketTaggingCommand, GetBucketVersioningCommand, GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand, paginateListBuckets,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import {
  accountPab, arr, backupPlanConfig, backupRegionConfig, backupVaultConfig, bool, bucketConfig, kmsKeyConfig, obj, pascalize, parsePolicy, type ClusterMembers, rdsClusterConfig, rdsInstanceConfig, rdsSnapshotConfig, str, tagsOf, tlsParameter,
  tlsParameterName, type Raw,
} from '../mappers.js';
import { drain, type ConfigItems, type UnitContext } from '../unit.js';
import { restoreTestingPlans, unencryptedRecoveryPoints } from './backup-extra.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** The AWS Config resource type of KMS keys. */
export const KMS_CONFIG_TYPE = 'AWS::KMS::Key';

type Rotation = { enabled: boolean; periodDays: number | null } | undefined;

/**
 * KMS keys of a region: metadata, rotation and tags, which is what the checks read (manager,
 * spec, origin, state, deletion date, rotation and its period). Where AWS Config records keys,
 * its items carry the metadata, the tags and the rotation status, and only keys whose rotation
 * is on are asked for their rotation period; elsewhere ListKeys, then DescribeKey,
 * GetKeyRotationStatus and ListResourceTags per key. Key policies are not read: no check uses them.
 */
export async function collectKms(u: UnitContext): Promise<void> {
  const fromConfig = await u.configItems(KMS_CONFIG_TYPE);
  return fromConfig ? kmsFromConfig(u, fromConfig) : kmsFromApi(u);
}

async function kmsFromApi(u: UnitContext): Promise<void> {
  const kms = u.client('kms');
  const keys = await u.call('kms', 'ListKeys', ['aws.kms.key'], () => drain(paginateListKeys({ client: kms, pageSize: 1000 }, {}), (r) => raw(r.Keys), u.signal));
  await Promise.all((keys ?? []).map((k) => u.each(() => keyFromApi(u, str(k.KeyId) ?? '', str(k.KeyArn)))));
}

async function keyFromApi(u: UnitContext, keyId: string, arn: string | undefined): Promise<void> {
  const described = await u.call('kms', 'DescribeKey', ['aws.kms.key'], () => u.client('kms').send(new DescribeKeyCommand({ KeyId: arn ?? keyId })));
  if (!described) return emitKey(u, { KeyId: keyId, Arn: arn }, undefined, undefined, 'kms:DescribeKey');
  const meta = (described.KeyMetadata as Raw | undefined) ?? { KeyId: keyId, Arn: arn };
  const [rotation, tags] = await Promise.all([keyRotation(u, meta, undefined), keyTags(u, meta)]);
  emitKey(u, meta, rotation, tags, 'kms:DescribeKey');
}

/** Tags of a customer-managed key (AWS-managed keys cannot carry tags); undefined when they could not be read. */
async function keyTags(u: UnitContext, meta: Raw): Promise<Record<string, string> | undefined> {
  if (str(meta.KeyManager) !== 'CUSTOMER') return str(meta.KeyManager) === 'AWS' ? {} : undefined;
  const KeyId = str(meta.Arn) ?? str(meta.KeyId) ?? '';
  const tags = await u.call('kms', 'ListResourceTags', ['aws.kms.key'], () => drain(paginateListResourceTags({ client: u.client('kms'), pageSize: 50 }, { KeyId }), (r) => raw(r.Tags).map((t) => ({ Key: t.TagKey, Value: t.TagValue })), u.signal));
  return tags ? tagsOf(tags) : undefined;
}

async function kmsFromConfig(u: UnitContext, items: ConfigItems): Promise<void> {
  await Promise.all(items.map((item) => u.each(async () => {
    const meta = { Arn: item.arn, KeyId: item.resourceId, ...obj(pascalize(item.configuration)) } as Raw;
    // An item without the metadata the checks read (not recorded in full): ask KMS for that key.
    if ([meta.KeyManager, meta.KeyState, meta.Origin, meta.KeySpec ?? meta.CustomerMasterKeySpec].some((v) => str(v) === undefined)) return keyFromApi(u, str(meta.KeyId) ?? '', str(meta.Arn));
    // Config records KeyRotationStatus (a boolean, or its string form) beside the metadata, and the
    // tags as [{key, value}]; an item without tags says nothing about them, so KMS is asked.
    const recorded = bool(obj(item.supplementaryConfiguration).KeyRotationStatus);
    const [rotation, tags] = await Promise.all([keyRotation(u, meta, recorded), Array.isArray(item.tags) ? tagsOf(pascalize(item.tags)) : keyTags(u, meta)]);
    emitKey(u, meta, rotation, tags, 'config:SelectResourceConfig');
  })));
}

/**
 * A key's rotation: only enabled or disabled symmetric keys with AWS-generated material can
 * rotate (others have a known "no", AWS-managed keys rotate yearly on their own). A rotation
 * recorded as off is final; a rotation that is on (or not recorded) needs GetKeyRotationStatus
 * for its period. Undefined when the metadata or the call could not be read.
 */
async function keyRotation(u: UnitContext, meta: Raw, recorded: boolean | undefined): Promise<Rotation> {
  const manager = str(meta.KeyManager);
  const spec = str(meta.KeySpec ?? meta.CustomerMasterKeySpec);
  const origin = str(meta.Origin);
  const state = str(meta.KeyState);
  if (manager === undefined || spec === undefined || origin === undefined || state === undefined) return undefined;
  const canRotate = manager === 'CUSTOMER' && spec === 'SYMMETRIC_DEFAULT' && origin === 'AWS_KMS' && state !== 'PendingDeletion';
  if (!canRotate) return { enabled: manager === 'AWS', periodDays: null };
  if (recorded === false) return { enabled: false, periodDays: null };
  const keyId = str(meta.Arn) ?? str(meta.KeyId) ?? '';
  const status = await u.call('kms', 'GetKeyRotationStatus', ['aws.kms.key'], () => u.client('kms').send(new GetKeyRotationStatusCommand({ KeyId: keyId })));
  return status ? { enabled: status.KeyRotationEnabled === true, periodDays: status.RotationPeriodInDays ?? null } : undefined;
}

function emitKey(u: UnitContext, meta: Raw, rotation: Rotation, tags: Record<string, string> | undefined, api: string): void {
  const { account, region } = u.unit;
  const keyId = str(meta.KeyId) ?? '';
  u.emit({ provider: 'aws', type: 'aws.kms.key', id: str(meta.Arn) ?? `arn:aws:kms:${region}:${account}:key/${keyId}`, name: keyId, account, region, tags, config: kmsKeyConfig(meta, rotation), source: { kind: 'live', api } });
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
      const attrs = await u.call('rds', 'DescribeDBSnapshotAttributes', ['aws.rds.snapshot'], () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: name })));
      isPublic = attrs ? arr(attrs.DBSnapshotAttributesResult?.DBSnapshotAttributes).some((a) => str(a.AttributeName) === 'restore' && ((a.AttributeValues as string[] | undefined) ?? []).includes('all')) : undefined;
    }
    const id = str(s.DBSnapshotArn) ?? `arn:aws:rds:${region}:${account}:snapshot:${name}`;
    u.emit({ provider: 'aws', type: 'aws.rds.snapshot', id, name, account, region, tags: tagsOf(s.TagList), config: rdsSnapshotConfig(s, isPublic), source: { kind: 'live', api: 'rds:DescribeDBSnapshots' } });
  })));
}

/**
 * S3 for the account: the account-level public access block and the bucket list together, then
 * every bucket's settings, all buckets at once (paced by the S3 rate limit, not a chain): the
 * six reads the checks use (encryption, policy, versioning, object lock, public access block,
 * server access logging) and the tags.
 */
export async function collectS3(u: UnitContext): Promise<void> {
  const { account } = u.unit;
  const s3 = u.client('s3');
  const control = u.client('s3control');
  const [accountBlock, buckets] = await Promise.all([
    u.call('s3', 'GetAccountPublicAccessBlock', ['aws.s3.account-public-access-block'], () => control.send(new GetAccountPublicAccessBlockCommand({ AccountId: account })), ['NoSuchPublicAccessBlockConfiguration']),
    u.call('s3', 'ListBuckets', ['aws.s3.bucket'], () => drain(paginateListBuckets({ client: s3, pageSize: 1000 }, {}), (r) => raw(r.Buckets), u.signal)),
  ]);
  u.emit({
    provider: 'aws', type: 'aws.s3.account-public-access-block', id: `arn:aws:s3::${account}:account-public-access-block`, name: 'S3 Block Public Access (account)', account, region: 'global', tags: {},
    config: { publicAccessBlock: accountPab(accountBlock === undefined ? undefined : accountBlock === null ? null : (accountBlock.PublicAccessBlockConfiguration as Raw | undefined) ?? null) },
    source: { kind: 'live', api: 's3:GetAccountPublicAccessBlock' },
  });
  const hides = ['aws.s3.bucket'] as const;
  await Promise.all((buckets ?? []).map((b) => u.each(async () => {
    const Bucket = str(b.Name) ?? '';
    const region = str(b.BucketRegion) ?? u.region;
    // Per-bucket reads go to the bucket's own region (a client elsewhere would get a redirect).
    const c = u.client('s3', region);
    const [encryption, policy, versioning, objectLock, publicAccessBlock, logging, tagging] = await Promise.all([
      u.call('s3', 'GetEncryptionConfiguration', hides, () => c.send(new GetBucketEncryptionCommand({ Bucket })), ['ServerSideEncryptionConfigurationNotFoundError']),
      u.call('s3', 'GetBucketPolicy', hides, () => c.send(new GetBucketPolicyCommand({ Bucket })), ['NoSuchBucketPolicy']),
      u.call('s3', 'GetBucketVersioning', hides, () => c.send(new GetBucketVersioningCommand({ Bucket }))),
      u.call('s3', 'GetBucketObjectLockConfiguration', hides, () => c.send(new GetObjectLockConfigurationCommand({ Bucket })), ['ObjectLockConfigurationNotFoundError']),
      u.call('s3', 'GetBucketPublicAccessBlock', hides, () => c.send(new GetPublicAccessBlockCommand({ Bucket })), ['NoSuchPublicAccessBlockConfiguration']),
      u.call('s3', 'GetBucketLogging', hides, () => c.send(new GetBucketLoggingCommand({ Bucket }))),
      u.call('s3', 'GetBucketTagging', hides, () => c.send(new GetBucketTaggingCommand({ Bucket })), ['NoSuchTagSet']),
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

/** AWS Backup vaults (lock, policy, unencrypted recovery points), plans (rules, copy actions, selections) and restore testing plans of a region. */
export async function collectBackup(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const backup = u.client('backup');
  const [vaults, plans, settings, restoreTests] = await Promise.all([
    u.call('backup', 'ListBackupVaults', ['aws.backup.vault'], () => drain(paginateListBackupVaults({ client: backup, pageSize: 1000 }, {}), (r) => raw(r.BackupVaultList), u.signal)),
    u.call('backup', 'ListBackupPlans', ['aws.backup.plan'], () => drain(paginateListBackupPlans({ client: backup, pageSize: 1000 }, {}), (r) => raw(r.BackupPlansList), u.signal)),
    u.call('backup', 'DescribeRegionSettings', ['aws.backup.region'], () => backup.send(new DescribeRegionSettingsCommand({}))),
    restoreTestingPlans(u),
  ]);
  u.emit({
    provider: 'aws', type: 'aws.backup.region', id: `arn:aws:backup:${region}:${account}:region-settings`, name: `AWS Backup (${region})`, account, region, tags: undefined,
    config: backupRegionConfig(settings ? (settings as unknown as Raw) : undefined, plans ?? undefined, restoreTests), source: { kind: 'live', api: 'backup:DescribeRegionSettings' },
  });
  await Promise.all((vaults ?? []).map((v) => u.each(async () => {
    const name = str(v.BackupVaultName) ?? '';
    const [policy, unencrypted] = await Promise.all([
      u.call('backup', 'GetBackupVaultAccessPolicy', ['aws.backup.vault'], () => backup.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name })), ['ResourceNotFoundException']),
      unencryptedRecoveryPoints(u, name),
    ]);
    const doc = policy === undefined ? undefined : policy === null ? null : (parsePolicy(policy.Policy) ?? null);
    u.emit({ provider: 'aws', type: 'aws.backup.vault', id: str(v.BackupVaultArn) ?? `arn:aws:backup:${region}:${account}:backup-vault:${name}`, name, account, region, tags: undefined, config: backupVaultConfig(v, doc, u.now, unencrypted), source: { kind: 'live', api: 'backup:ListBackupVaults' } });
  })));
  await Promise.all((plans ?? []).map((pl) => u.each(async () => {
    const BackupPlanId = str(pl.BackupPlanId) ?? '';
    const [plan, selections] = await Promise.all([
      u.call('backup', 'GetBackupPlan', ['aws.backup.plan'], () => backup.send(new GetBackupPlanCommand({ BackupPlanId }))),
      u.call('backup', 'ListBackupSelections', ['aws.backup.plan'], () => drain(paginateListBackupSelections({ client: backup, pageSize: 1000 }, { BackupPlanId }), (r) => raw(r.BackupSelectionsList), u.signal)),
    ]);
    const details = selections ? await Promise.all(selections.map((s) => u.call('backup', 'GetBackupSelection', ['aws.backup.plan'], () => backup.send(new GetBackupSelectionCommand({ BackupPlanId, SelectionId: str(s.SelectionId) ?? '' }))))) : undefined;
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
