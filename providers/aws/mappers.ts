import { setOwn } from '../../src/lib/objects.js';
import type {
  BackupPlanConfig, BackupRegionConfig, BackupSelection, BackupTagCondition, BackupVaultConfig, CloudFrontDistributionConfig, DynamoDbTableConfig, Ec2InstanceConfig, EfsFileSystemConfig, EbsSnapshotConfig, EbsVolumeConfig, KmsKeyConfig, LoadBalancerListenerConfig, NetworkAclConfig, NetworkAclEntry,
  NetworkGatewayConfig, PolicyDocument, RdsClusterConfig, RdsInstanceConfig, RdsSnapshotConfig, RdsTlsParameter, Route, RouteTableConfig, S3BucketConfig, S3PublicAccessBlock,
  SecurityGroupConfig, SecurityGroupRule, SubnetConfig, VpcConfig,
} from '../../src/model/types/aws/index.js';
import { BACKUP_DEFAULT_SCHEDULE } from '../../src/model/aws/backup.js';
import { routeTargetKind } from '../../src/model/aws/network.js';

/**
 * Pure mappers from AWS SDK v3 output shapes (PascalCase members) into the typed configs the
 * checks read. The AWS Config path feeds the same mappers: a Config item's `configuration`
 * is the service's describe shape in camelCase, turned back with `pascalize`.
 */

export type Raw = Readonly<Record<string, unknown>>;

export const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
export const arr = (v: unknown): Raw[] => (Array.isArray(v) ? (v as unknown[]).map(obj) : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
/** Date or ISO string as ISO; undefined when absent. */
export const iso = (v: unknown): string | undefined => (v instanceof Date ? v.toISOString() : typeof v === 'string' && v ? v : undefined);
const strOrNull = (v: unknown): string | null => str(v) || null;

export function pascalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pascalize);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.charAt(0).toUpperCase() + k.slice(1), pascalize(x)]));
  return v;
}

/** `[{Key, Value}]` as a record. */
export function tagsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of arr(v)) {
    const k = str(t.Key);
    if (k !== undefined) setOwn(out, k, str(t.Value) ?? '');
  }
  return out;
}

/** A JSON policy string (URL-encoded in IAM) as a document; undefined when it does not parse. */
export function parsePolicy(text: string | undefined): PolicyDocument | undefined {
  if (!text) return undefined;
  for (const candidate of [text, safeDecode(text)]) {
    try {
      const doc = JSON.parse(candidate) as PolicyDocument;
      if (doc && typeof doc === 'object' && 'Statement' in doc) return doc;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function volumeConfig(v: Raw): EbsVolumeConfig {
  return {
    encrypted: bool(v.Encrypted), kmsKeyId: strOrNull(v.KmsKeyId), state: str(v.State),
    attachedInstanceIds: arr(v.Attachments).map((a) => str(a.InstanceId)).filter((x): x is string => x !== undefined).sort(), snapshotId: strOrNull(v.SnapshotId),
  };
}

export function snapshotConfig(s: Raw, isPublic: boolean | undefined): EbsSnapshotConfig {
  return { encrypted: bool(s.Encrypted), kmsKeyId: strOrNull(s.KmsKeyId), volumeId: strOrNull(s.VolumeId), public: isPublic, startTime: iso(s.StartTime) };
}

export function vpcConfig(v: Raw, flowLogs: readonly Raw[] | undefined): VpcConfig {
  const id = str(v.VpcId);
  return {
    cidrBlock: str(v.CidrBlock), isDefault: bool(v.IsDefault),
    flowLogs: flowLogs?.filter((f) => str(f.ResourceId) === id).map((f) => ({ id: str(f.FlowLogId) ?? '', trafficType: str(f.TrafficType) ?? '', destinationType: str(f.LogDestinationType) ?? '', status: str(f.FlowLogStatus) ?? '' })),
  };
}

/** Does the subnet's route table (explicit association, else the VPC's main table) send a default route to an internet gateway? */
export function routesToIgw(subnet: Raw, routeTables: readonly Raw[] | undefined): boolean | undefined {
  if (!routeTables) return undefined;
  const id = str(subnet.SubnetId);
  const vpc = str(subnet.VpcId);
  const table = routeTables.find((t) => arr(t.Associations).some((a) => str(a.SubnetId) === id)) ?? routeTables.find((t) => str(t.VpcId) === vpc && arr(t.Associations).some((a) => a.Main === true));
  if (!table) return undefined;
  return arr(table.Routes).some((r) => (str(r.DestinationCidrBlock) === '0.0.0.0/0' || str(r.DestinationIpv6CidrBlock) === '::/0') && (str(r.GatewayId) ?? '').startsWith('igw-'));
}

export function subnetConfig(s: Raw, routeTables: readonly Raw[] | undefined): SubnetConfig {
  return {
    vpcId: str(s.VpcId), cidrBlock: str(s.CidrBlock), availabilityZone: str(s.AvailabilityZone), mapPublicIpOnLaunch: bool(s.MapPublicIpOnLaunch),
    assignIpv6AddressOnCreation: bool(s.AssignIpv6AddressOnCreation), routesToInternetGateway: routesToIgw(s, routeTables),
  };
}

/** Route target members of DescribeRouteTables, most specific first (a route via an instance also names its interface). */
const ROUTE_TARGET_KEYS = [
  'VpcPeeringConnectionId', 'TransitGatewayId', 'NatGatewayId', 'EgressOnlyInternetGatewayId', 'GatewayId', 'InstanceId', 'NetworkInterfaceId', 'LocalGatewayId', 'CarrierGatewayId', 'CoreNetworkArn',
];

function route(r: Raw): Route {
  const targetId = ROUTE_TARGET_KEYS.map((k) => str(r[k])).find((x) => x !== undefined) ?? '';
  return {
    destination: strOrNull(r.DestinationCidrBlock) ?? strOrNull(r.DestinationIpv6CidrBlock),
    destinationPrefixListId: strOrNull(r.DestinationPrefixListId),
    targetKind: routeTargetKind(targetId),
    targetId,
    // Every route carries State; a missing one is read as active, the answer that hides nothing.
    state: str(r.State) === 'blackhole' ? 'blackhole' : 'active',
  };
}

/** A route table (DescribeRouteTables `RouteTables[]`): its routes, its explicit subnet associations and whether it is the VPC's main table. */
export function routeTableConfig(t: Raw): RouteTableConfig {
  const assoc = arr(t.Associations);
  return {
    vpcId: str(t.VpcId), main: assoc.some((a) => a.Main === true),
    subnetIds: assoc.map((a) => str(a.SubnetId) ?? '').filter(Boolean).sort(), routes: arr(t.Routes).map(route),
  };
}

/** A VPC peering connection (DescribeVpcPeeringConnections): requester and accepter VPCs and the status code. */
export function peeringConfig(p: Raw): NetworkGatewayConfig {
  const vpcs = [str(obj(p.RequesterVpcInfo).VpcId), str(obj(p.AccepterVpcInfo).VpcId)];
  return { kind: 'vpc-peering', vpcIds: vpcs.every((v) => v !== undefined) ? (vpcs) : undefined, subnetId: null, state: str(obj(p.Status).Code) };
}

function sgRule(p: Raw): SecurityGroupRule {
  const from = num(p.FromPort);
  const to = num(p.ToPort);
  const proto = str(p.IpProtocol) ?? '-1';
  // All-protocol rules, and ICMP with -1 ports, carry no port range.
  const ranged = proto !== '-1' && from !== undefined && to !== undefined && from !== -1;
  return {
    protocol: proto, fromPort: ranged ? (from ?? null) : null, toPort: ranged ? (to ?? null) : null,
    ipv4Ranges: arr(p.IpRanges ?? p.Ipv4Ranges).map((r) => str(r.CidrIp) ?? '').filter(Boolean),
    ipv6Ranges: arr(p.Ipv6Ranges).map((r) => str(r.CidrIpv6) ?? '').filter(Boolean),
    sourceGroupIds: arr(p.UserIdGroupPairs).map((g) => str(g.GroupId) ?? '').filter(Boolean),
    prefixListIds: arr(p.PrefixListIds).map((g) => str(g.PrefixListId) ?? '').filter(Boolean),
  };
}

export function securityGroupConfig(g: Raw, interfaces: readonly Raw[] | undefined): SecurityGroupConfig {
  const id = str(g.GroupId);
  return {
    groupName: str(g.GroupName), vpcId: strOrNull(g.VpcId), isDefault: str(g.GroupName) === undefined ? undefined : str(g.GroupName) === 'default',
    ingress: arr(g.IpPermissions).map(sgRule), egress: arr(g.IpPermissionsEgress).map(sgRule),
    attachedTo: interfaces?.filter((n) => arr(n.Groups).some((x) => str(x.GroupId) === id)).map((n) => str(n.NetworkInterfaceId) ?? '').sort(),
  };
}

export function networkAclConfig(n: Raw): NetworkAclConfig {
  const entries: NetworkAclEntry[] = arr(n.Entries).map((e) => ({
    ruleNumber: num(e.RuleNumber) ?? 0, egress: bool(e.Egress) ?? false, action: str(e.RuleAction) === 'deny' ? 'deny' : 'allow', protocol: str(e.Protocol) ?? '-1',
    cidrBlock: strOrNull(e.CidrBlock), ipv6CidrBlock: strOrNull(e.Ipv6CidrBlock), fromPort: num(obj(e.PortRange).From) ?? null, toPort: num(obj(e.PortRange).To) ?? null,
  }));
  return { vpcId: str(n.VpcId), isDefault: bool(n.IsDefault), entries, subnetIds: arr(n.Associations).map((a) => str(a.SubnetId) ?? '').filter(Boolean).sort() };
}

export interface SsmFacts {
  /** Instance ids with an online SSM agent; undefined when DescribeInstanceInformation failed. */
  readonly managed: ReadonlySet<string> | undefined;
  /** Patch compliance summaries by instance id; undefined when the call failed. */
  readonly patch: ReadonlyMap<string, Raw> | undefined;
  /** State Manager association compliance summaries by instance id; undefined when the call failed. */
  readonly association: ReadonlyMap<string, Raw> | undefined;
}

export function instanceConfig(i: Raw, ssm: SsmFacts): Ec2InstanceConfig {
  const id = str(i.InstanceId) ?? '';
  const md = obj(i.MetadataOptions);
  const tokens = str(md.HttpTokens);
  const endpoint = str(md.HttpEndpoint) ?? 'enabled';
  const patch = ssm.patch?.get(id);
  const severity = obj(obj(patch?.NonCompliantSummary).SeveritySummary);
  return {
    state: str(obj(i.State).Name), vpcId: strOrNull(i.VpcId), subnetId: strOrNull(i.SubnetId),
    securityGroupIds: arr(i.SecurityGroups).map((g) => str(g.GroupId) ?? '').filter(Boolean).sort(), publicIpAddress: strOrNull(i.PublicIpAddress),
    metadataOptions: tokens === 'required' || tokens === 'optional' ? { httpTokens: tokens, httpEndpoint: endpoint === 'disabled' ? 'disabled' : 'enabled' } : undefined,
    iamInstanceProfileArn: strOrNull(obj(i.IamInstanceProfile).Arn), imageId: str(i.ImageId), platform: strOrNull(i.Platform),
    ssmManaged: ssm.managed ? ssm.managed.has(id) : undefined,
    patchCompliance: ssm.patch === undefined || ssm.managed === undefined ? undefined
      : patch ? { status: str(patch.Status) === 'COMPLIANT' ? 'COMPLIANT' : 'NON_COMPLIANT', criticalNonCompliant: num(severity.CriticalCount) ?? 0, highNonCompliant: num(severity.HighCount) ?? 0, lastScan: iso(obj(patch.ExecutionSummary).ExecutionTime) ?? null }
      : ssm.managed.has(id) ? undefined : null,
    associationCompliance: associationCompliance(ssm.association?.get(id), ssm.association !== undefined),
  };
}

/** An instance's association compliance summary; null when the listing has none for it, undefined when it failed. */
function associationCompliance(summary: Raw | undefined, read: boolean): Ec2InstanceConfig['associationCompliance'] {
  if (!read) return undefined;
  if (!summary) return null;
  return {
    status: str(summary.Status) === 'COMPLIANT' ? 'COMPLIANT' : 'NON_COMPLIANT', nonCompliant: num(obj(summary.NonCompliantSummary).NonCompliantCount) ?? 0,
    lastExecution: iso(obj(summary.ExecutionSummary).ExecutionTime) ?? null,
  };
}

/** DescribeKey metadata (or the camel-cased Config item) and the rotation status. Key policies are not read: no check uses them. */
export function kmsKeyConfig(meta: Raw, rotation: { enabled: boolean; periodDays: number | null } | undefined): KmsKeyConfig {
  const manager = str(meta.KeyManager);
  const state = str(meta.KeyState);
  return {
    keyManager: manager === 'AWS' || manager === 'CUSTOMER' ? manager : undefined, keySpec: str(meta.KeySpec ?? meta.CustomerMasterKeySpec), keyUsage: str(meta.KeyUsage),
    origin: str(meta.Origin), keyState: state, rotationEnabled: rotation?.enabled, rotationPeriodDays: rotation === undefined ? undefined : rotation.periodDays,
    // No deletion date is a known "none" only when the metadata was read.
    deletionDate: state === undefined ? undefined : (iso(meta.DeletionDate) ?? null), policy: undefined,
  };
}

/** The TLS-forcing parameter of an engine, or null when it has none (Oracle, Db2 use options). */
export function tlsParameterName(engine: string | undefined): string | null | undefined {
  if (engine === undefined) return undefined;
  if (/postgres|sqlserver/.test(engine)) return 'rds.force_ssl';
  if (/mysql|mariadb/.test(engine)) return 'require_secure_transport';
  return null;
}

/** The effective TLS parameter from a group's parameters; undefined when the group was not read. */
export function tlsParameter(engine: string | undefined, params: readonly Raw[] | undefined): RdsTlsParameter | null | undefined {
  const name = tlsParameterName(engine);
  if (name === undefined || name === null) return name;
  if (params === undefined) return undefined;
  const p = params.find((x) => str(x.ParameterName) === name);
  return { name, value: str(p?.ParameterValue) ?? null };
}

export function rdsInstanceConfig(d: Raw, tls: RdsTlsParameter | null | undefined): RdsInstanceConfig {
  const subnetGroup = obj(d.DBSubnetGroup);
  return {
    engine: str(d.Engine), engineVersion: str(d.EngineVersion), clusterId: strOrNull(d.DBClusterIdentifier), storageEncrypted: bool(d.StorageEncrypted),
    kmsKeyId: strOrNull(d.KmsKeyId), backupRetentionDays: num(d.BackupRetentionPeriod), publiclyAccessible: bool(d.PubliclyAccessible), deletionProtection: bool(d.DeletionProtection),
    multiAz: bool(d.MultiAZ), autoMinorVersionUpgrade: bool(d.AutoMinorVersionUpgrade), vpcId: strOrNull(subnetGroup.VpcId),
    subnetIds: arr(subnetGroup.Subnets).map((s) => str(s.SubnetIdentifier) ?? '').filter(Boolean).sort(),
    securityGroupIds: arr(d.VpcSecurityGroups).map((g) => str(g.VpcSecurityGroupId) ?? '').filter(Boolean).sort(), tlsParameter: tls, logExports: logExports(d),
  };
}

/** `EnabledCloudwatchLogsExports`: the describe calls omit the member when nothing is exported. */
const logExports = (d: Raw): string[] => (Array.isArray(d.EnabledCloudwatchLogsExports) ? (d.EnabledCloudwatchLogsExports as unknown[]).flatMap((x) => str(x) ?? []).sort() : []);

/** What a cluster's member instances say about its placement (DescribeDBClusters names only the subnet group). */
export interface ClusterMembers {
  readonly vpcId: string | undefined;
  readonly subnetIds: readonly string[];
  readonly publiclyAccessible: boolean;
}

/** `members` undefined: the instances could not be listed; a cluster with no instances has no endpoint to reach. */
export function rdsClusterConfig(c: Raw, tls: RdsTlsParameter | null | undefined, members: ClusterMembers | undefined): RdsClusterConfig {
  const none = arr(c.DBClusterMembers).length === 0;
  return {
    engine: str(c.Engine), engineVersion: str(c.EngineVersion), storageEncrypted: bool(c.StorageEncrypted), kmsKeyId: strOrNull(c.KmsKeyId),
    backupRetentionDays: num(c.BackupRetentionPeriod), deletionProtection: bool(c.DeletionProtection), vpcId: members?.vpcId,
    subnetIds: members ? members.subnetIds : undefined, publiclyAccessible: members ? members.publiclyAccessible : none ? false : undefined,
    securityGroupIds: arr(c.VpcSecurityGroups).map((g) => str(g.VpcSecurityGroupId) ?? '').filter(Boolean).sort(), tlsParameter: tls, logExports: logExports(c),
  };
}

export function rdsSnapshotConfig(s: Raw, isPublic: boolean | undefined): RdsSnapshotConfig {
  return { encrypted: bool(s.Encrypted), kmsKeyId: strOrNull(s.KmsKeyId), public: isPublic, sourceId: str(s.DBInstanceIdentifier), snapshotType: str(s.SnapshotType) };
}

export function listenerConfig(l: Raw, lb: Raw | undefined): LoadBalancerListenerConfig {
  const scheme = str(lb?.Scheme);
  const actions = arr(l.DefaultActions);
  return {
    loadBalancerArn: str(l.LoadBalancerArn), loadBalancerScheme: scheme === 'internet-facing' || scheme === 'internal' ? scheme : undefined, protocol: str(l.Protocol), port: num(l.Port),
    sslPolicy: strOrNull(l.SslPolicy), redirectsToHttps: actions.some((a) => str(a.Type) === 'redirect' && str(obj(a.RedirectConfig).Protocol) === 'HTTPS'),
  };
}

export function backupVaultConfig(v: Raw, policy: PolicyDocument | null | undefined, now: Date, unencryptedRecoveryPoints: readonly string[] | undefined): BackupVaultConfig {
  const locked = bool(v.Locked);
  const lockDate = iso(v.LockDate);
  return {
    vaultType: str(v.VaultType) ?? 'BACKUP_VAULT', locked,
    lockMode: locked === undefined ? undefined : !locked ? null : lockDate !== undefined && Date.parse(lockDate) <= now.getTime() ? 'COMPLIANCE' : 'GOVERNANCE',
    minRetentionDays: num(v.MinRetentionDays) ?? null, encryptionKeyArn: strOrNull(v.EncryptionKeyArn), accessPolicy: policy, recoveryPoints: num(v.NumberOfRecoveryPoints),
    unencryptedRecoveryPoints,
  };
}

const strList = (v: unknown): string[] => (Array.isArray(v) ? (v as unknown[]) : []).filter((x): x is string => typeof x === 'string').sort();
/** Tag conditions name the key as `aws:ResourceTag/<key>` (Conditions) or the bare key (ListOfTags). */
const tagConds = (v: unknown): BackupTagCondition[] => arr(v).map((t) => ({ key: (str(t.ConditionKey) ?? '').replace(/^aws:ResourceTag\//, ''), value: str(t.ConditionValue) ?? '' }));

/** A GetBackupSelection `BackupSelection`. */
export function backupSelection(s: Raw): BackupSelection {
  const c = obj(s.Conditions);
  return {
    resources: strList(s.Resources),
    notResources: strList(s.NotResources),
    listOfTags: tagConds(s.ListOfTags),
    conditions: { stringEquals: tagConds(c.StringEquals), stringLike: tagConds(c.StringLike), stringNotEquals: tagConds(c.StringNotEquals), stringNotLike: tagConds(c.StringNotLike) },
  };
}

/** DescribeRegionSettings output (undefined: the call failed) and the ListBackupPlans items (undefined: failed). */
export function backupRegionConfig(settings: Raw | undefined, plans: readonly Raw[] | undefined, restoreTestingPlans: BackupRegionConfig['restoreTestingPlans']): BackupRegionConfig {
  const prefs = settings === undefined ? undefined : obj(settings.ResourceTypeOptInPreference);
  return {
    resourceTypeOptIn: prefs === undefined ? undefined : Object.fromEntries(Object.entries(prefs).filter((e): e is [string, boolean] => typeof e[1] === 'boolean').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    planArns: plans?.flatMap((p) => str(p.BackupPlanArn) ?? []).sort(),
    restoreTestingPlans,
  };
}

export function backupPlanConfig(plan: Raw | undefined, selections: readonly Raw[] | undefined): BackupPlanConfig {
  return {
    rules: plan === undefined ? undefined : arr(obj(plan.BackupPlan).Rules).map((r) => ({
      name: str(r.RuleName) ?? '', targetVaultName: str(r.TargetBackupVaultName) ?? '', scheduleExpression: str(r.ScheduleExpression) ?? BACKUP_DEFAULT_SCHEDULE, continuous: bool(r.EnableContinuousBackup) ?? false,
      deleteAfterDays: num(obj(r.Lifecycle).DeleteAfterDays) ?? null,
      copyTo: arr(r.CopyActions).map((c) => ({ destinationVaultArn: str(c.DestinationBackupVaultArn) ?? '', deleteAfterDays: num(obj(c.Lifecycle).DeleteAfterDays) ?? null })),
    })),
    selections: selections?.map(backupSelection),
  };
}

function pab(v: Raw): S3PublicAccessBlock {
  return { blockPublicAcls: v.BlockPublicAcls === true, ignorePublicAcls: v.IgnorePublicAcls === true, blockPublicPolicy: v.BlockPublicPolicy === true, restrictPublicBuckets: v.RestrictPublicBuckets === true };
}

/** Each part: the SDK output, null when the API said "not configured", undefined when the call failed. */
export interface BucketParts {
  readonly encryption: Raw | null | undefined;
  readonly policy: string | null | undefined;
  readonly versioning: Raw | undefined;
  readonly objectLock: Raw | null | undefined;
  readonly publicAccessBlock: Raw | null | undefined;
  /** GetBucketLogging's answer (`LoggingEnabled` absent = off). */
  readonly logging: Raw | undefined;
}

export function bucketConfig(p: BucketParts): S3BucketConfig {
  const rule = p.encryption ? arr(obj(p.encryption).Rules)[0] : undefined;
  const byDefault = obj(rule?.ApplyServerSideEncryptionByDefault);
  const lockRule = obj(obj(p.objectLock?.Rule).DefaultRetention);
  const mode = str(lockRule.Mode);
  const status = str(p.versioning?.Status);
  return {
    defaultEncryption: p.encryption === undefined ? undefined : p.encryption === null || !rule ? null : { algorithm: str(byDefault.SSEAlgorithm) ?? 'AES256', kmsKeyArn: strOrNull(byDefault.KMSMasterKeyID), bucketKeyEnabled: bool(rule.BucketKeyEnabled) ?? null },
    policy: p.policy === undefined ? undefined : p.policy === null ? null : parsePolicy(p.policy),
    // GetBucketVersioning omits Status on a bucket where versioning was never enabled.
    versioning: p.versioning === undefined ? undefined : status === 'Enabled' || status === 'Suspended' ? status : 'Off',
    mfaDelete: p.versioning === undefined ? undefined : str(p.versioning.MFADelete) === 'Enabled',
    objectLock: p.objectLock === undefined ? undefined : p.objectLock === null || str(p.objectLock.ObjectLockEnabled) !== 'Enabled' ? null : { mode: mode === 'GOVERNANCE' || mode === 'COMPLIANCE' ? mode : null, days: num(lockRule.Days) ?? null, years: num(lockRule.Years) ?? null },
    publicAccessBlock: p.publicAccessBlock === undefined ? undefined : p.publicAccessBlock === null ? null : pab(p.publicAccessBlock),
    logging: p.logging === undefined ? undefined : loggingTarget(obj(p.logging.LoggingEnabled)),
  };
}

/** `{TargetBucket, TargetPrefix}`: null when no target bucket is set. */
function loggingTarget(v: Raw): { targetBucket: string; targetPrefix: string } | null {
  const targetBucket = str(v.TargetBucket);
  return targetBucket ? { targetBucket, targetPrefix: str(v.TargetPrefix) ?? '' } : null;
}

export function accountPab(v: Raw | null | undefined): S3PublicAccessBlock | null | undefined {
  return v === undefined || v === null ? v : pab(v);
}

/**
 * DescribeTable + DescribeContinuousBackups. No SSEDescription (or SSE being turned off) is the
 * AWS-owned default key; SSEType KMS is AWS-managed or customer-managed depending on the key's
 * KeyManager (kms:DescribeKey), undefined when that could not be read.
 */
export function dynamoDbTableConfig(table: Raw | undefined, keyManager: string | undefined, backups: Raw | undefined): DynamoDbTableConfig {
  const pitr = backups === undefined ? undefined : str(obj(backups.PointInTimeRecoveryDescription).PointInTimeRecoveryStatus) === 'ENABLED';
  if (table === undefined) return { sseType: undefined, kmsKeyArn: undefined, pointInTimeRecovery: pitr, deletionProtection: undefined };
  const sse = obj(table.SSEDescription);
  const status = str(sse.Status);
  const kms = str(sse.SSEType) === 'KMS' && status !== 'DISABLED' && status !== 'DISABLING';
  return {
    sseType: !kms ? 'AWS_OWNED' : keyManager === 'CUSTOMER' ? 'CUSTOMER_MANAGED' : keyManager === 'AWS' ? 'AWS_MANAGED' : undefined,
    kmsKeyArn: kms ? strOrNull(sse.KMSMasterKeyArn) : null,
    pointInTimeRecovery: pitr,
    deletionProtection: bool(table.DeletionProtectionEnabled),
  };
}

/** A DescribeFileSystems item and its DescribeBackupPolicy answer (null: PolicyNotFound, no automatic backups). */
export function efsFileSystemConfig(fs: Raw, policy: Raw | null | undefined): EfsFileSystemConfig {
  return {
    encrypted: bool(fs.Encrypted), kmsKeyId: strOrNull(fs.KmsKeyId),
    automaticBackups: policy === undefined ? undefined : policy === null ? false : str(obj(policy.BackupPolicy).Status) === 'ENABLED',
  };
}

/**
 * GetDistributionConfig's DistributionConfig; undefined when it could not be read. Only custom origins have a protocol policy.
 * `loggingV2`: whether a CloudWatch Logs delivery carries the distribution's access logs (undefined = not read).
 */
export function cloudFrontDistributionConfig(cfg: Raw | undefined, loggingV2: boolean | undefined): CloudFrontDistributionConfig {
  if (cfg === undefined) return { viewerProtocolPolicies: undefined, minimumProtocolVersion: undefined, originProtocolPolicies: undefined, logging: undefined, loggingV2 };
  const logging = cfg.Logging === undefined ? undefined : obj(cfg.Logging);
  const behaviors = [obj(cfg.DefaultCacheBehavior), ...arr(obj(cfg.CacheBehaviors).Items)];
  return {
    viewerProtocolPolicies: behaviors.map((b) => str(b.ViewerProtocolPolicy)).filter((v): v is string => v !== undefined),
    minimumProtocolVersion: strOrNull(obj(cfg.ViewerCertificate).MinimumProtocolVersion),
    originProtocolPolicies: arr(obj(cfg.Origins).Items).map((o) => str(obj(o.CustomOriginConfig).OriginProtocolPolicy)).filter((v): v is string => v !== undefined),
    logging: logging === undefined ? undefined : bool(logging.Enabled) === true && str(logging.Bucket) ? { bucket: str(logging.Bucket) ?? '', prefix: str(logging.Prefix) ?? '' } : bool(logging.Enabled) === undefined ? undefined : null,
    loggingV2,
  };
}
