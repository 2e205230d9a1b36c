import * as accessanalyzer from '@aws-sdk/client-accessanalyzer';
import * as acm from '@aws-sdk/client-acm';
import * as apigateway from '@aws-sdk/client-api-gateway';
import * as apigatewayv2 from '@aws-sdk/client-apigatewayv2';
import * as backup from '@aws-sdk/client-backup';
import * as cloudfront from '@aws-sdk/client-cloudfront';
import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import * as cloudwatch from '@aws-sdk/client-cloudwatch';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import * as config from '@aws-sdk/client-config-service';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import * as ec2 from '@aws-sdk/client-ec2';
import * as ecr from '@aws-sdk/client-ecr';
import * as efs from '@aws-sdk/client-efs';
import * as eks from '@aws-sdk/client-eks';
import * as elasticache from '@aws-sdk/client-elasticache';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as guardduty from '@aws-sdk/client-guardduty';
import * as iam from '@aws-sdk/client-iam';
import * as inspector2 from '@aws-sdk/client-inspector2';
import * as kms from '@aws-sdk/client-kms';
import * as lambda from '@aws-sdk/client-lambda';
import * as opensearch from '@aws-sdk/client-opensearch';
import * as organizations from '@aws-sdk/client-organizations';
import * as rds from '@aws-sdk/client-rds';
import * as redshift from '@aws-sdk/client-redshift';
import * as s3 from '@aws-sdk/client-s3';
import * as s3control from '@aws-sdk/client-s3-control';
import * as secretsmanager from '@aws-sdk/client-secrets-manager';
import * as sagemaker from '@aws-sdk/client-sagemaker';
import * as sns from '@aws-sdk/client-sns';
import * as sqs from '@aws-sdk/client-sqs';
import * as securityhub from '@aws-sdk/client-securityhub';
import * as ssm from '@aws-sdk/client-ssm';
import * as sts from '@aws-sdk/client-sts';
import { configItems, selectConfig } from './config-items.js';
import { APIGATEWAY, APIGATEWAYV2, EKS, ELASTICACHE, LAMBDA_FUNCTIONS, OPENSEARCH, REDSHIFT, SAGEMAKER, SNS, SQS } from './data-services.js';
import { page } from './paging.js';
import { operationsOf, type OperationInfo, type Protocol } from './protocol.js';
import { CLOUDWATCH, LOGS, SECURITYHUB } from './logging-services.js';
import { sessionKeyFor, type AwsWorld, type Item, type WorldAccount, type WorldRegion, type WorldTrail } from './world.js';

/** A modelled service error: the code and HTTP status the real service answers with. */
export class SimError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface CallContext {
  readonly world: AwsWorld;
  readonly account: WorldAccount;
  /** Signing region of the request (`us-east-1` for global services). */
  readonly region: string;
  /** Query/form parameters (query protocols, S3 sub-resources) or JSON body members. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Path labels for REST protocols (`{DetectorId}`, `Bucket`). */
  readonly labels: Readonly<Record<string, string>>;
  readonly pageSize: (max: number) => number;
}

export type Handler = (c: CallContext) => Item;

export interface ServiceDef {
  /** SigV4 signing name, which identifies the service on a shared endpoint. */
  readonly signingName: string;
  /** Stable short name used in the call log and the IAM policy (`ec2`, `s3`, `elasticloadbalancing`). */
  readonly name: string;
  readonly protocol: Protocol;
  readonly xmlNamespace: string;
  /** Global services ignore the signing region. */
  readonly global: boolean;
  readonly operations: ReadonlyMap<string, OperationInfo>;
  readonly handlers: Readonly<Record<string, Handler>>;
  /** The service's throttling error. */
  readonly throttle: { readonly status: number; readonly code: string };
  readonly accessDenied: { readonly status: number; readonly code: string };
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
export const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** A world item without the simulator's own annotations (`public`, `policy`), which are not API members. */
function withoutKeys(item: Item, ...keys: string[]): Item {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));
}

export function regionOf(c: CallContext): WorldRegion {
  const r = c.account.regions[c.region];
  if (!r) throw new SimError(401, 'AuthFailure', `AWS was not able to validate the provided access credentials in ${c.region}`);
  return r;
}

/** Query-protocol list parameters: `Name.1`, `Name.2`, ... or `Name.member.1`. */
function listParam(input: Readonly<Record<string, unknown>>, name: string): string[] {
  return Object.entries(input)
    .filter(([k]) => new RegExp(`^${name}(\\.member)?\\.\\d+$`).test(k))
    .sort(([a], [b]) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
    .map(([, v]) => String(v));
}

/** EC2 `Filter.N.Name` / `Filter.N.Value.M`. */
function ec2Filters(input: Readonly<Record<string, unknown>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(input)) {
    const m = /^Filter\.(\d+)\.Name$/.exec(k);
    if (!m) continue;
    out.set(String(v), listParam(input, `Filter.${m[1]}.Value`));
  }
  return out;
}

function ec2List(key: string, items: readonly Item[] | undefined, outKey: string, max = 1000) {
  return (c: CallContext): Item => {
    const p = page(items ?? [], `${c.account.id}/${c.region}/${key}`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(max));
    return { [outKey]: p.items, NextToken: p.next };
  };
}

const ec2Region = (c: CallContext) => regionOf(c).ec2 ?? {};

const EC2: Record<string, Handler> = {
  DescribeRegions: (c) => ({ Regions: Object.keys(c.account.regions).sort().map((r) => ({ RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: 'opt-in-not-required' })) }),
  GetEbsEncryptionByDefault: (c) => ({ EbsEncryptionByDefault: ec2Region(c).ebsEncryptionByDefault ?? false }),
  GetEbsDefaultKmsKeyId: (c) => ({ KmsKeyId: ec2Region(c).ebsDefaultKmsKeyId ?? 'alias/aws/ebs' }),
  DescribeVolumes: (c) => ec2List('volumes', ec2Region(c).volumes, 'Volumes', 500)(c),
  DescribeSnapshots: (c) => {
    const filters = ec2Filters(c.input);
    const restorableBy = listParam(c.input, 'RestorableBy');
    let items = (ec2Region(c).snapshots ?? []).filter(() => !listParam(c.input, 'Owner').length || listParam(c.input, 'Owner').includes('self') || listParam(c.input, 'Owner').includes(c.account.id));
    if (restorableBy.includes('all')) items = items.filter((s) => s.public === true);
    if (filters.size) items = items.filter((s) => [...filters].every(([name, values]) => values.includes(String(s[name === 'owner-id' ? 'OwnerId' : name]))));
    const clean = items.map((s) => withoutKeys(s, 'public'));
    return ec2List(`snapshots:${restorableBy.join(',')}`, clean, 'Snapshots', 1000)(c);
  },
  DescribeVpcs: (c) => ec2List('vpcs', ec2Region(c).vpcs, 'Vpcs')(c),
  DescribeSubnets: (c) => ec2List('subnets', ec2Region(c).subnets, 'Subnets')(c),
  DescribeRouteTables: (c) => ec2List('routeTables', ec2Region(c).routeTables, 'RouteTables', 100)(c),
  DescribeSecurityGroups: (c) => ec2List('securityGroups', ec2Region(c).securityGroups, 'SecurityGroups')(c),
  DescribeNetworkAcls: (c) => ec2List('networkAcls', ec2Region(c).networkAcls, 'NetworkAcls')(c),
  DescribeFlowLogs: (c) => ec2List('flowLogs', ec2Region(c).flowLogs, 'FlowLogs')(c),
  DescribeNetworkInterfaces: (c) => ec2List('networkInterfaces', ec2Region(c).networkInterfaces, 'NetworkInterfaces')(c),
  DescribeInternetGateways: (c) => ec2List('internetGateways', ec2Region(c).internetGateways, 'InternetGateways')(c),
  DescribeVpcPeeringConnections: (c) => ec2List('vpcPeeringConnections', ec2Region(c).vpcPeeringConnections, 'VpcPeeringConnections')(c),
  DescribeInstances: (c) => {
    const out = ec2List('instances', ec2Region(c).instances, 'Instances')(c);
    const instances = (out.Instances as Item[]).map((i) => ({ ReservationId: `r-${String(i.InstanceId).slice(2)}`, OwnerId: c.account.id, Instances: [i] }));
    return { Reservations: instances, NextToken: out.NextToken };
  },
};

const kmsKeys = (c: CallContext) => regionOf(c).kms?.keys ?? [];
function kmsKey(c: CallContext) {
  const id = str(c.input.KeyId) ?? '';
  const key = kmsKeys(c).find((k) => k.KeyMetadata.KeyId === id || k.KeyMetadata.Arn === id);
  if (!key) throw new SimError(400, 'NotFoundException', `Key '${id}' does not exist`);
  return key;
}

const KMS: Record<string, Handler> = {
  ListKeys: (c) => {
    const p = page(kmsKeys(c), `${c.account.id}/${c.region}/keys`, str(c.input.Marker), num(c.input.Limit), c.pageSize(1000));
    return { Keys: p.items.map((k) => ({ KeyId: k.KeyMetadata.KeyId, KeyArn: k.KeyMetadata.Arn })), Truncated: p.next !== undefined, NextMarker: p.next };
  },
  DescribeKey: (c) => ({ KeyMetadata: kmsKey(c).KeyMetadata }),
  GetKeyRotationStatus: (c) => {
    const k = kmsKey(c);
    if (k.KeyMetadata.KeySpec !== 'SYMMETRIC_DEFAULT' || k.KeyMetadata.Origin !== 'AWS_KMS') throw new SimError(400, 'UnsupportedOperationException', 'Rotation is not supported for this key');
    return { KeyRotationEnabled: k.rotation ?? false, KeyId: k.KeyMetadata.KeyId, ...(k.rotation ? { RotationPeriodInDays: k.rotationPeriodInDays ?? 365 } : {}) };
  },
  GetKeyPolicy: (c) => ({ PolicyName: 'default', Policy: JSON.stringify(kmsKey(c).policy ?? { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${c.account.id}:root` }, Action: 'kms:*', Resource: '*' }] }) }),
  ListResourceTags: (c) => ({ Tags: kmsKey(c).Tags ?? [], Truncated: false }),
};

function rdsList(key: string, items: readonly Item[], outKey: string) {
  return (c: CallContext): Item => {
    const p = page(items, `${c.account.id}/${c.region}/${key}`, str(c.input.Marker), num(c.input.MaxRecords), c.pageSize(100));
    return { [outKey]: p.items, Marker: p.next };
  };
}
const rdsRegion = (c: CallContext) => regionOf(c).rds ?? {};

const RDS: Record<string, Handler> = {
  DescribeDBInstances: (c) => rdsList('instances', rdsRegion(c).instances ?? [], 'DBInstances')(c),
  DescribeDBClusters: (c) => rdsList('clusters', rdsRegion(c).clusters ?? [], 'DBClusters')(c),
  DescribeDBSnapshots: (c) => rdsList('snapshots', (rdsRegion(c).snapshots ?? []).map((s) => withoutKeys(s, 'public')), 'DBSnapshots')(c),
  DescribeDBSnapshotAttributes: (c) => {
    const id = str(c.input.DBSnapshotIdentifier);
    const s = (rdsRegion(c).snapshots ?? []).find((x) => x.DBSnapshotIdentifier === id);
    if (!s) throw new SimError(404, 'DBSnapshotNotFound', `DBSnapshot ${id ?? ''} not found`);
    return { DBSnapshotAttributesResult: { DBSnapshotIdentifier: id, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: s.public ? ['all'] : [] }] } };
  },
  DescribeDBParameters: (c) => {
    const name = str(c.input.DBParameterGroupName) ?? '';
    const params = rdsRegion(c).parameterGroups?.[name];
    if (!params) throw new SimError(404, 'DBParameterGroupNotFound', `DBParameterGroup ${name} not found`);
    return rdsList(`params:${name}`, params, 'Parameters')(c);
  },
  DescribeDBClusterParameters: (c) => {
    const name = str(c.input.DBClusterParameterGroupName) ?? '';
    const params = rdsRegion(c).clusterParameterGroups?.[name];
    if (!params) throw new SimError(404, 'DBParameterGroupNotFound', `DBClusterParameterGroup ${name} not found`);
    return rdsList(`cparams:${name}`, params, 'Parameters')(c);
  },
};

const ELBV2: Record<string, Handler> = {
  DescribeLoadBalancerAttributes: (c) => {
    const lb = str(c.input.LoadBalancerArn) ?? '';
    if (!(regionOf(c).elbv2?.loadBalancers ?? []).some((l) => l.LoadBalancerArn === lb)) throw new SimError(400, 'LoadBalancerNotFound', `Load balancer '${lb}' not found`);
    return { Attributes: regionOf(c).elbv2?.attributes?.[lb] ?? [{ Key: 'access_logs.s3.enabled', Value: 'false' }, { Key: 'access_logs.s3.bucket', Value: '' }, { Key: 'access_logs.s3.prefix', Value: '' }] };
  },
  DescribeLoadBalancers: (c) => {
    const p = page(regionOf(c).elbv2?.loadBalancers ?? [], `${c.account.id}/${c.region}/lbs`, str(c.input.Marker), num(c.input.PageSize), c.pageSize(400));
    return { LoadBalancers: p.items, NextMarker: p.next };
  },
  DescribeListeners: (c) => {
    const lb = str(c.input.LoadBalancerArn);
    if (!(regionOf(c).elbv2?.loadBalancers ?? []).some((l) => l.LoadBalancerArn === lb)) throw new SimError(400, 'LoadBalancerNotFound', `Load balancer '${lb ?? ''}' not found`);
    const items = (regionOf(c).elbv2?.listeners ?? []).filter((l) => l.LoadBalancerArn === lb);
    const p = page(items, `${c.account.id}/${c.region}/listeners/${lb ?? ''}`, str(c.input.Marker), num(c.input.PageSize), c.pageSize(400));
    return { Listeners: p.items, NextMarker: p.next };
  },
};

/** Trails visible in a region: own trails homed there, plus (shadow) multi-region and organization trails. */
function visibleTrails(c: CallContext, includeShadow: boolean): Item[] {
  const out: Item[] = [];
  const clean = (t: Item): Item => withoutKeys(t, 'isLogging', 'dataEvents', 'selectors', 'status');
  const accounts = [c.account, ...c.world.accounts.filter((a) => a.id !== c.account.id && c.world.organization?.managementAccount === a.id)];
  for (const acct of accounts) {
    for (const [region, r] of Object.entries(acct.regions)) {
      for (const t of r.cloudtrail?.trails ?? []) {
        const own = acct.id === c.account.id;
        if (!own && t.IsOrganizationTrail !== true) continue;
        const home = region === c.region && own;
        if (home || (includeShadow && (t.IsMultiRegionTrail === true || !own) && (t.IsMultiRegionTrail === true || region === c.region))) out.push(clean(t));
      }
    }
  }
  return out;
}

function findTrail(c: CallContext, name: string | undefined): WorldTrail {
  for (const acct of c.world.accounts) {
    for (const r of Object.values(acct.regions)) {
      const t = (r.cloudtrail?.trails ?? []).find((x) => x.TrailARN === name || (acct.id === c.account.id && x.Name === name));
      if (t) return t;
    }
  }
  throw new SimError(400, 'TrailNotFoundException', `Unknown trail: ${name ?? ''} for the user: ${c.account.id}`);
}

const CLOUDTRAIL: Record<string, Handler> = {
  DescribeTrails: (c) => ({ trailList: visibleTrails(c, c.input.includeShadowTrails !== false) }),
  GetTrailStatus: (c) => {
    const t = findTrail(c, str(c.input.Name));
    return { ...t.status, IsLogging: t.isLogging ?? true };
  },
  GetEventSelectors: (c) => {
    const t = findTrail(c, str(c.input.TrailName));
    if (t.selectors) return { TrailARN: t.TrailARN, ...t.selectors };
    return { TrailARN: t.TrailARN, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: t.dataEvents ? [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] : [] }] };
  },
};

/** The recorder's recording group: every supported type, or only the listed ones. */
function recordingGroup(rec: NonNullable<WorldRegion['config']>): Item {
  const only = rec.resourceTypes;
  return only
    ? { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: only, recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } }
    : { allSupported: rec.allSupported ?? true, includeGlobalResourceTypes: rec.includeGlobalResourceTypes ?? false, resourceTypes: [], ...(rec.allSupported === false ? {} : { recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } }) };
}

const CONFIG: Record<string, Handler> = {
  DescribeConfigurationRecorders: (c) => {
    const rec = regionOf(c).config;
    return { ConfigurationRecorders: rec ? [{ name: 'default', roleARN: `arn:aws:iam::${c.account.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup: recordingGroup(rec) }] : [] };
  },
  DescribeConfigurationRecorderStatus: (c) => {
    const rec = regionOf(c).config;
    return { ConfigurationRecordersStatus: rec ? [{ name: 'default', recording: rec.recording, lastStatus: rec.lastStatus ?? (rec.recording ? 'SUCCESS' : 'PENDING') }] : [] };
  },
  DescribeDeliveryChannels: (c) => {
    const rec = regionOf(c).config;
    return { DeliveryChannels: rec && rec.deliveryChannel !== false ? [{ name: 'default', s3BucketName: `config-bucket-${c.account.id}` }] : [] };
  },
  SelectResourceConfig: (c) => {
    regionOf(c);
    const results = selectConfig(configItems(c.world, [c.account.id], c.region), str(c.input.Expression) ?? '');
    const p = page(results, `${c.account.id}/${c.region}/select:${str(c.input.Expression) ?? ''}`, str(c.input.NextToken), num(c.input.Limit), c.pageSize(100));
    return { Results: p.items, NextToken: p.next, QueryInfo: { SelectFields: [] } };
  },
  SelectAggregateResourceConfig: (c) => {
    const name = str(c.input.ConfigurationAggregatorName);
    if (!(c.account.configAggregators ?? []).some((a) => a.name === name && a.region === c.region)) throw new SimError(400, 'NoSuchConfigurationAggregatorException', `The configuration aggregator ${name ?? ''} does not exist`);
    const results = selectConfig(configItems(c.world, c.world.accounts.map((a) => a.id), undefined), str(c.input.Expression) ?? '');
    const p = page(results, `agg/${name ?? ''}/select:${str(c.input.Expression) ?? ''}`, str(c.input.NextToken), num(c.input.Limit) ?? num(c.input.MaxResults), c.pageSize(100));
    return { Results: p.items, NextToken: p.next, QueryInfo: { SelectFields: [] } };
  },
};

const backupRegion = (c: CallContext) => regionOf(c).backup ?? {};
function backupPlan(c: CallContext) {
  const plan = (backupRegion(c).plans ?? []).find((p) => p.BackupPlanId === c.labels.BackupPlanId);
  if (!plan) throw new SimError(404, 'ResourceNotFoundException', `Backup plan ${c.labels.BackupPlanId ?? ''} not found`);
  return plan;
}

/** Resource types of DescribeRegionSettings; an account that uses AWS Backup in a region is opted in to all of them unless the world says otherwise. */
const BACKUP_TYPES = ['Aurora', 'CloudFormation', 'DocumentDB', 'DynamoDB', 'EBS', 'EC2', 'EFS', 'FSx', 'Neptune', 'RDS', 'Redshift', 'S3', 'SAP HANA on Amazon EC2', 'Storage Gateway', 'Timestream', 'VirtualMachine'];

const BACKUP: Record<string, Handler> = {
  DescribeRegionSettings: (c) => ({
    ResourceTypeOptInPreference: { ...Object.fromEntries(BACKUP_TYPES.map((t) => [t, true])), ...backupRegion(c).resourceTypeOptIn },
    ResourceTypeManagementPreference: { DynamoDB: true, EFS: true },
  }),
  ListBackupVaults: (c) => {
    const p = page((backupRegion(c).vaults ?? []).map((v) => withoutKeys(v, 'policy', 'recoveryPoints')), `${c.account.id}/${c.region}/vaults`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(1000));
    return { BackupVaultList: p.items, NextToken: p.next };
  },
  GetBackupVaultAccessPolicy: (c) => {
    const v = (backupRegion(c).vaults ?? []).find((x) => x.BackupVaultName === c.labels.BackupVaultName);
    if (!v || !v.policy) throw new SimError(404, 'ResourceNotFoundException', `Backup vault ${c.labels.BackupVaultName ?? ''} has no access policy`);
    return { BackupVaultName: v.BackupVaultName, BackupVaultArn: v.BackupVaultArn, Policy: JSON.stringify(v.policy) };
  },
  ListBackupPlans: (c) => {
    const p = page(backupRegion(c).plans ?? [], `${c.account.id}/${c.region}/plans`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(1000));
    return { BackupPlansList: p.items.map((x) => ({ BackupPlanId: x.BackupPlanId, BackupPlanArn: x.BackupPlanArn, BackupPlanName: x.BackupPlanName, VersionId: 'v1' })), NextToken: p.next };
  },
  GetBackupPlan: (c) => {
    const plan = backupPlan(c);
    return { BackupPlanId: plan.BackupPlanId, BackupPlanArn: plan.BackupPlanArn, VersionId: 'v1', BackupPlan: { BackupPlanName: plan.BackupPlanName, Rules: plan.Rules } };
  },
  ListBackupSelections: (c) => {
    const plan = backupPlan(c);
    const p = page(plan.selections ?? [], `${c.account.id}/${c.region}/sel/${plan.BackupPlanId}`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(1000));
    return { BackupSelectionsList: p.items.map((s, i) => ({ SelectionId: str(s.SelectionId) ?? `sel-${i}`, SelectionName: s.SelectionName, BackupPlanId: plan.BackupPlanId, IamRoleArn: s.IamRoleArn })), NextToken: p.next };
  },
  GetBackupSelection: (c) => {
    const plan = backupPlan(c);
    const sel = (plan.selections ?? []).find((s, i) => (str(s.SelectionId) ?? `sel-${i}`) === c.labels.SelectionId);
    if (!sel) throw new SimError(404, 'ResourceNotFoundException', `Selection ${c.labels.SelectionId ?? ''} not found`);
    const { SelectionId, ...rest } = sel;
    return { BackupPlanId: plan.BackupPlanId, SelectionId: SelectionId ?? c.labels.SelectionId, BackupSelection: rest };
  },
  ListRecoveryPointsByBackupVault: (c) => {
    const v = (backupRegion(c).vaults ?? []).find((x) => x.BackupVaultName === c.labels.BackupVaultName);
    if (!v) throw new SimError(404, 'ResourceNotFoundException', `Backup vault ${c.labels.BackupVaultName ?? ''} not found`);
    const p = page(v.recoveryPoints ?? [], `${c.account.id}/${c.region}/rp/${String(v.BackupVaultName)}`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(1000));
    return { RecoveryPoints: p.items, NextToken: p.next };
  },
  ListRestoreTestingPlans: (c) => {
    const p = page((backupRegion(c).restoreTestingPlans ?? []).map((x) => withoutKeys(x, 'selections')), `${c.account.id}/${c.region}/rtp`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(1000));
    return { RestoreTestingPlans: p.items, NextToken: p.next };
  },
  ListRestoreTestingSelections: (c) => {
    const plan = (backupRegion(c).restoreTestingPlans ?? []).find((x) => x.RestoreTestingPlanName === c.labels.RestoreTestingPlanName);
    if (!plan) throw new SimError(404, 'ResourceNotFoundException', `Restore testing plan ${c.labels.RestoreTestingPlanName ?? ''} not found`);
    const items = (plan.selections ?? []).map((s) => ({ RestoreTestingPlanName: plan.RestoreTestingPlanName, CreationTime: '2026-01-01T00:00:00Z', IamRoleArn: `arn:aws:iam::${c.account.id}:role/restore`, ...s }));
    const p = page(items, `${c.account.id}/${c.region}/rts/${plan.RestoreTestingPlanName}`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(1000));
    return { RestoreTestingSelections: p.items, NextToken: p.next };
  },
};

const dynamoTables = (c: CallContext) => regionOf(c).dynamodb?.tables ?? [];
function dynamoTable(c: CallContext, key: 'TableName' | 'ResourceArn') {
  const want = str(c.input[key]) ?? '';
  const t = dynamoTables(c).find((x) => x.TableName === want || x.TableArn === want);
  if (!t) throw new SimError(400, 'ResourceNotFoundException', `Requested resource not found: Table: ${want} not found`);
  return t;
}

const DYNAMODB: Record<string, Handler> = {
  // Paged by table name, not an opaque token: the next page starts after ExclusiveStartTableName.
  ListTables: (c) => {
    const names = dynamoTables(c).map((t) => t.TableName).sort();
    const after = str(c.input.ExclusiveStartTableName);
    const start = after === undefined ? 0 : names.findIndex((n) => n > after);
    const size = c.pageSize(Math.min(num(c.input.Limit) ?? 100, 100));
    const items = start < 0 ? [] : names.slice(start, start + size);
    return { TableNames: items, LastEvaluatedTableName: start >= 0 && start + size < names.length ? items[items.length - 1] : undefined };
  },
  DescribeTable: (c) => ({ Table: withoutKeys(dynamoTable(c, 'TableName'), 'pointInTimeRecovery', 'Tags') }),
  DescribeContinuousBackups: (c) => {
    const t = dynamoTable(c, 'TableName');
    return { ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: t.pointInTimeRecovery ? 'ENABLED' : 'DISABLED', ...(t.pointInTimeRecovery ? { RecoveryPeriodInDays: 35 } : {}) } } };
  },
  ListTagsOfResource: (c) => {
    const t = dynamoTable(c, 'ResourceArn');
    const p = page(t.Tags ?? [], `${c.account.id}/${c.region}/ddb-tags/${t.TableName}`, str(c.input.NextToken), undefined, c.pageSize(10));
    return { Tags: p.items, NextToken: p.next };
  },
};

const efsSystems = (c: CallContext) => regionOf(c).efs?.fileSystems ?? [];

const EFS: Record<string, Handler> = {
  DescribeFileSystems: (c) => {
    const p = page(efsSystems(c).map((f) => withoutKeys(f, 'backupPolicy')), `${c.account.id}/${c.region}/efs`, str(c.input.Marker), num(c.input.MaxItems), c.pageSize(100));
    return { FileSystems: p.items, Marker: str(c.input.Marker), NextMarker: p.next };
  },
  DescribeBackupPolicy: (c) => {
    const id = c.labels.FileSystemId ?? '';
    const f = efsSystems(c).find((x) => x.FileSystemId === id);
    if (!f) throw new SimError(404, 'FileSystemNotFound', `File system '${id}' does not exist.`);
    if (!f.backupPolicy) throw new SimError(404, 'PolicyNotFound', `File system '${id}' does not have a backup policy.`);
    return { BackupPolicy: { Status: f.backupPolicy } };
  },
};

const distributions = (c: CallContext) => c.account.cloudfront?.distributions ?? [];
const distributionArn = (c: CallContext, id: string) => `arn:aws:cloudfront::${c.account.id}:distribution/${id}`;

const CLOUDFRONT: Record<string, Handler> = {
  ListDistributions: (c) => {
    const all = distributions(c);
    const p = page(all, `${c.account.id}/distributions`, str(c.input.Marker), num(c.input.MaxItems), c.pageSize(100));
    const summaries = p.items.map((d) => {
      const cfg = d.DistributionConfig;
      return {
        Id: d.Id, ARN: distributionArn(c, d.Id), DomainName: d.DomainName, Status: d.Status ?? 'Deployed', LastModifiedTime: '2026-01-01T00:00:00Z', Enabled: cfg.Enabled ?? true, Comment: cfg.Comment ?? '',
        Aliases: cfg.Aliases ?? { Quantity: 0 }, Origins: cfg.Origins, DefaultCacheBehavior: cfg.DefaultCacheBehavior, CacheBehaviors: cfg.CacheBehaviors ?? { Quantity: 0 },
        ViewerCertificate: cfg.ViewerCertificate, PriceClass: cfg.PriceClass ?? 'PriceClass_All', HttpVersion: cfg.HttpVersion ?? 'http2', IsIPV6Enabled: cfg.IsIPV6Enabled ?? true, Staging: false,
      };
    });
    return { DistributionList: { Marker: str(c.input.Marker) ?? '', NextMarker: p.next, MaxItems: summaries.length, IsTruncated: p.next !== undefined, Quantity: summaries.length, Items: summaries } };
  },
  GetDistributionConfig: (c) => {
    const d = distributions(c).find((x) => x.Id === c.labels.Id);
    if (!d) throw new SimError(404, 'NoSuchDistribution', 'The specified distribution does not exist.');
    return { DistributionConfig: d.DistributionConfig, ETag: `E${d.Id}` };
  },
  ListTagsForResource: (c) => {
    const arn = str(c.input.Resource) ?? '';
    const d = distributions(c).find((x) => distributionArn(c, x.Id) === arn);
    if (!d) throw new SimError(404, 'NoSuchResource', 'The specified resource does not exist.');
    return { Tags: { Items: d.Tags ?? [] } };
  },
};

const GUARDDUTY: Record<string, Handler> = {
  ListDetectors: (c) => ({ DetectorIds: regionOf(c).guardduty ? [regionOf(c).guardduty?.detectorId] : [] }),
  GetDetector: (c) => {
    const d = regionOf(c).guardduty;
    if (!d || d.detectorId !== c.labels.DetectorId) throw new SimError(400, 'BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.');
    return { Status: d.status, ServiceRole: 'arn:aws:iam::role/guardduty', Features: d.features ?? [] };
  },
  ListMalwareProtectionPlans: (c) => ({ MalwareProtectionPlans: Array.from({ length: regionOf(c).guardduty?.malwareProtectionPlans ?? 0 }, (_, i) => ({ MalwareProtectionPlanId: `plan-${i}` })) }),
};

const INSPECTOR2: Record<string, Handler> = {
  BatchGetAccountStatus: (c) => {
    const s = regionOf(c).inspector2 ?? { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED' };
    const st = (status: string) => ({ status, errorCode: 'ALREADY_ENABLED', errorMessage: '' });
    const any = [s.ec2, s.ecr, s.lambda].includes('ENABLED');
    return { accounts: [{ accountId: c.account.id, state: st(any ? 'ENABLED' : 'DISABLED'), resourceState: { ec2: st(s.ec2), ecr: st(s.ecr), lambda: st(s.lambda) } }], failedAccounts: [] };
  },
};

const SSM: Record<string, Handler> = {
  DescribeInstanceInformation: (c) => {
    const p = page(regionOf(c).ssm?.managedInstances ?? [], `${c.account.id}/${c.region}/ssm-info`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(50));
    return { InstanceInformationList: p.items.map((id) => ({ InstanceId: id, PingStatus: 'Online', ResourceType: 'EC2Instance' })), NextToken: p.next };
  },
  ListResourceComplianceSummaries: (c) => {
    // The ComplianceType filter picks the summaries: Patch or Association.
    const filters = Array.isArray(c.input.Filters) ? (c.input.Filters as Item[]) : [];
    const type = filters.find((f) => f.Key === 'ComplianceType')?.Values;
    const wanted = Array.isArray(type) ? (type as string[]) : ['Patch', 'Association'];
    const ssm = regionOf(c).ssm;
    const items = [...(wanted.includes('Patch') ? (ssm?.patchCompliance ?? []) : []), ...(wanted.includes('Association') ? (ssm?.associationCompliance ?? []) : [])];
    const p = page(items, `${c.account.id}/${c.region}/ssm-compliance/${wanted.join(',')}`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(50));
    return { ResourceComplianceSummaryItems: p.items, NextToken: p.next };
  },
  ListDocuments: (c) => {
    const p = page((regionOf(c).ssm?.documents ?? []).map((d) => withoutKeys(d, 'sharedWith')), `${c.account.id}/${c.region}/ssm-docs`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(50));
    return { DocumentIdentifiers: p.items, NextToken: p.next };
  },
  DescribeDocumentPermission: (c) => {
    const d = (regionOf(c).ssm?.documents ?? []).find((x) => x.Name === str(c.input.Name));
    if (!d) throw new SimError(400, 'InvalidDocument', `Document ${str(c.input.Name) ?? ''} does not exist`);
    const ids = d.sharedWith ?? [];
    return { AccountIds: ids, AccountSharingInfoList: ids.map((AccountId) => ({ AccountId, SharedDocumentVersion: '$DEFAULT' })) };
  },
};

const SECRETSMANAGER: Record<string, Handler> = {
  ListSecrets: (c) => {
    const p = page(regionOf(c).secretsmanager?.secrets ?? [], `${c.account.id}/${c.region}/secrets`, str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(100));
    return { SecretList: p.items, NextToken: p.next };
  },
};

const ACM: Record<string, Handler> = {
  ListCertificates: (c) => {
    // Without Includes.keyTypes only RSA_1024 and RSA_2048 certificates are listed, as ACM does.
    const keyTypes = (c.input.Includes as { keyTypes?: unknown } | undefined)?.keyTypes;
    const types = Array.isArray(keyTypes) ? (keyTypes as string[]) : ['RSA_1024', 'RSA_2048'];
    const items = (regionOf(c).acm?.certificates ?? []).filter((x) => types.includes(str(x.KeyAlgorithm) ?? 'RSA_2048'));
    const p = page(items, `${c.account.id}/${c.region}/acm/${types.join(',')}`, str(c.input.NextToken), num(c.input.MaxItems), c.pageSize(1000));
    return { CertificateSummaryList: p.items, NextToken: p.next };
  },
};

const ACCESS_ANALYZER: Record<string, Handler> = {
  ListAnalyzers: (c) => {
    const p = page(regionOf(c).accessAnalyzer?.analyzers ?? [], `${c.account.id}/${c.region}/analyzers`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(100));
    return { analyzers: p.items, nextToken: p.next };
  },
};

function credentialReport(acct: WorldAccount): string {
  const head = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const rows = [head];
  const root = acct.iam?.root;
  if (root) {
    rows.push([`<root_account>`, `arn:aws:iam::${acct.id}:root`, '2020-01-01T00:00:00+00:00', 'not_supported', root.passwordLastUsed ?? 'no_information', 'not_supported', 'not_supported', String(root.mfa), String(root.accessKeys ?? false), 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A'].join(','));
  }
  for (const u of acct.iam?.users ?? []) {
    const keys = u.accessKeys ?? [];
    const key = (i: number) => {
      const k = keys[i];
      return k ? [String(k.active), k.lastRotated, k.lastUsed ?? 'N/A', k.lastUsed ? 'us-east-1' : 'N/A', k.lastUsed ? 's3' : 'N/A'] : ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
    };
    rows.push([u.UserName, `arn:aws:iam::${acct.id}:user/${u.UserName}`, u.CreateDate, String(u.password ?? false), u.password ? (u.passwordLastUsed ?? 'no_information') : 'N/A', u.password ? u.CreateDate : 'N/A', 'N/A', String(u.mfa ?? false), ...key(0), ...key(1), 'false', 'N/A', 'false', 'N/A'].join(','));
  }
  return rows.join('\n');
}

const policyRef = (arn: string) => ({ PolicyArn: arn, PolicyName: arn.split('/').pop() });
const inline = (p: { name: string; document: Item }) => ({ PolicyName: p.name, PolicyDocument: encodeURIComponent(JSON.stringify(p.document)) });

const IAM: Record<string, Handler> = {
  GenerateCredentialReport: () => ({ State: 'COMPLETE', Description: 'No report exists. Starting a new report generation task' }),
  GetCredentialReport: (c) => ({ Content: Buffer.from(credentialReport(c.account)), ReportFormat: 'text/csv', GeneratedTime: '2026-01-01T00:00:00Z' }),
  GetAccountSummary: (c) => ({ SummaryMap: { AccountMFAEnabled: c.account.iam?.root?.mfa ? 1 : 0, AccountPasswordPresent: c.account.iam?.root ? 1 : 0, AccountAccessKeysPresent: c.account.iam?.root?.accessKeys ? 1 : 0, AccountSigningCertificatesPresent: 0, Users: c.account.iam?.users?.length ?? 0 } }),
  GetAccountPasswordPolicy: (c) => {
    const p = c.account.iam?.passwordPolicy;
    if (!p) throw new SimError(404, 'NoSuchEntity', `The Password Policy with domain name ${c.account.id} cannot be found.`);
    return { PasswordPolicy: p };
  },
  ListVirtualMFADevices: (c) => {
    const root = c.account.iam?.root;
    // A root user with MFA but no hardware device has a virtual one.
    const devices = root?.mfa && !root.hardwareMfa ? [{ SerialNumber: `arn:aws:iam::${c.account.id}:mfa/root-account-mfa-device`, User: { UserName: 'root', UserId: c.account.id, Arn: `arn:aws:iam::${c.account.id}:root`, Path: '/', CreateDate: '2020-01-01T00:00:00Z' }, EnableDate: '2020-01-01T00:00:00Z' }] : [];
    return { VirtualMFADevices: devices, IsTruncated: false };
  },
  ListSAMLProviders: (c) => ({ SAMLProviderList: (c.account.iam?.samlProviders ?? []).map((name) => ({ Arn: `arn:aws:iam::${c.account.id}:saml-provider/${name}`, ValidUntil: '2030-01-01T00:00:00Z', CreateDate: '2024-01-01T00:00:00Z' })) }),
  GetAccountAuthorizationDetails: (c) => {
    const users = (c.account.iam?.users ?? []).map((u) => ({
      UserName: u.UserName, UserId: `AIDA${u.UserName.toUpperCase()}`, Arn: `arn:aws:iam::${c.account.id}:user/${u.UserName}`, Path: '/', CreateDate: u.CreateDate,
      GroupList: u.groups ?? [], AttachedManagedPolicies: (u.attachedPolicies ?? []).map(policyRef), UserPolicyList: (u.inlinePolicies ?? []).map(inline), Tags: u.Tags ?? [],
    }));
    const groups = (c.account.iam?.groups ?? []).map((g) => ({ GroupName: g.GroupName, GroupId: `AGPA${g.GroupName.toUpperCase()}`, Arn: `arn:aws:iam::${c.account.id}:group/${g.GroupName}`, Path: '/', AttachedManagedPolicies: (g.attachedPolicies ?? []).map(policyRef), GroupPolicyList: (g.inlinePolicies ?? []).map(inline) }));
    const roles = (c.account.iam?.roles ?? []).map((r) => ({
      RoleName: r.RoleName, RoleId: `AROA${r.RoleName.toUpperCase()}`, Arn: `arn:aws:iam::${c.account.id}:role${r.path ?? '/'}${r.RoleName}`, Path: r.path ?? '/', CreateDate: '2024-01-01T00:00:00Z',
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(r.trustPolicy ?? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })),
      AttachedManagedPolicies: (r.attachedPolicies ?? []).map(policyRef), RolePolicyList: (r.inlinePolicies ?? []).map(inline), Tags: r.Tags ?? [], InstanceProfileList: [],
    }));
    const policies = (c.account.iam?.policies ?? []).map((p) => ({
      PolicyName: p.PolicyName, PolicyId: `ANPA${p.PolicyName.toUpperCase()}`, Arn: `arn:aws:iam::${c.account.id}:policy/${p.PolicyName}`, Path: '/', DefaultVersionId: 'v1', AttachmentCount: p.attachmentCount ?? 0,
      PermissionsBoundaryUsageCount: 0, IsAttachable: true, CreateDate: '2024-01-01T00:00:00Z', UpdateDate: '2024-01-01T00:00:00Z',
      PolicyVersionList: [{ Document: encodeURIComponent(JSON.stringify(p.document)), VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2024-01-01T00:00:00Z' }],
    }));
    // The Filter parameter picks the entity kinds, as IAM does (none = all of them).
    const filter = listParam(c.input, 'Filter');
    const want = (k: string) => filter.length === 0 || filter.includes(k);
    const all: Item[] = [
      ...(want('User') ? users.map((u) => ({ kind: 'user', u })) : []), ...(want('Group') ? groups.map((g) => ({ kind: 'group', g })) : []),
      ...(want('Role') ? roles.map((r) => ({ kind: 'role', r })) : []), ...(want('LocalManagedPolicy') ? policies.map((p) => ({ kind: 'policy', p })) : []),
    ];
    const p = page(all, `${c.account.id}/authz/${filter.join(',')}`, str(c.input.Marker), num(c.input.MaxItems), c.pageSize(1000));
    return {
      UserDetailList: p.items.filter((x) => x.kind === 'user').map((x) => x.u), GroupDetailList: p.items.filter((x) => x.kind === 'group').map((x) => x.g),
      RoleDetailList: p.items.filter((x) => x.kind === 'role').map((x) => x.r), Policies: p.items.filter((x) => x.kind === 'policy').map((x) => x.p), IsTruncated: p.next !== undefined, Marker: p.next,
    };
  },
};

function bucketOf(c: CallContext) {
  const name = c.labels.Bucket ?? '';
  const b = (c.account.s3?.buckets ?? []).find((x) => x.Name === name);
  if (!b) throw new SimError(404, 'NoSuchBucket', 'The specified bucket does not exist');
  return b;
}

const S3: Record<string, Handler> = {
  ListBuckets: (c) => {
    const p = page(c.account.s3?.buckets ?? [], `${c.account.id}/buckets`, str(c.input['continuation-token']), num(c.input['max-buckets']), c.pageSize(10000));
    return { Buckets: p.items.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate ?? '2024-01-01T00:00:00Z', BucketRegion: b.Region })), Owner: { ID: `owner-${c.account.id}` }, ContinuationToken: p.next };
  },
  GetBucketEncryption: (c) => {
    const b = bucketOf(c);
    if (!b.encryption) throw new SimError(404, 'ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found');
    return { ServerSideEncryptionConfiguration: b.encryption };
  },
  GetBucketPolicy: (c) => {
    const b = bucketOf(c);
    if (!b.policy) throw new SimError(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
    return { Policy: JSON.stringify(b.policy) };
  },
  GetBucketVersioning: (c) => ({ ...(bucketOf(c).versioning ?? {}) }),
  GetObjectLockConfiguration: (c) => {
    const b = bucketOf(c);
    if (!b.objectLock) throw new SimError(404, 'ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket');
    return { ObjectLockConfiguration: b.objectLock };
  },
  GetPublicAccessBlock: (c) => {
    const b = bucketOf(c);
    if (!b.publicAccessBlock) throw new SimError(404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
    return { PublicAccessBlockConfiguration: b.publicAccessBlock };
  },
  GetBucketLogging: (c) => {
    const b = bucketOf(c);
    return b.logging ? { LoggingEnabled: b.logging } : {};
  },
  GetBucketTagging: (c) => {
    const b = bucketOf(c);
    if (!b.tags || Object.keys(b.tags).length === 0) throw new SimError(404, 'NoSuchTagSet', 'The TagSet does not exist');
    return { TagSet: Object.entries(b.tags).map(([Key, Value]) => ({ Key, Value })) };
  },
};

const S3CONTROL: Record<string, Handler> = {
  GetPublicAccessBlock: (c) => {
    const p = c.account.s3?.accountPublicAccessBlock;
    if (!p) throw new SimError(404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
    return { PublicAccessBlockConfiguration: p };
  },
};

const ORGANIZATIONS: Record<string, Handler> = {
  ListAccounts: (c) => {
    const org = c.world.organization;
    if (!org) throw new SimError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    if (org.managementAccount !== c.account.id) throw new SimError(400, 'AccessDeniedException', 'You don\'t have permissions to access this resource.');
    const p = page(c.world.accounts, 'org/accounts', str(c.input.NextToken), num(c.input.MaxResults), c.pageSize(20));
    return { Accounts: p.items.map((a) => ({ Id: a.id, Arn: `arn:aws:organizations::${org.managementAccount}:account/${org.id}/${a.id}`, Name: a.name ?? a.id, Email: `${a.id}@example.org`, Status: 'ACTIVE', State: 'ACTIVE' })), NextToken: p.next };
  },
};

const STS: Record<string, Handler> = {
  GetCallerIdentity: (c) => ({ UserId: `AIDASIM${c.account.id}`, Account: c.account.id, Arn: `arn:aws:iam::${c.account.id}:user/phiscan` }),
  AssumeRole: (c) => {
    const arn = str(c.input.RoleArn) ?? '';
    const m = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(arn);
    const target = m ? c.world.accounts.find((a) => a.id === m[1]) : undefined;
    const role = target?.roles?.find((r) => r.name === m?.[2]);
    if (!target || !role || (role.externalId !== undefined && role.externalId !== str(c.input.ExternalId))) {
      throw new SimError(403, 'AccessDenied', `User: arn:aws:iam::${c.account.id}:user/phiscan is not authorized to perform: sts:AssumeRole on resource: ${arn}`);
    }
    return {
      Credentials: { AccessKeyId: sessionKeyFor(target.id), SecretAccessKey: 'simulated', SessionToken: 'simulated-session', Expiration: new Date(Date.now() + 3600_000).toISOString() },
      AssumedRoleUser: { AssumedRoleId: `AROASIM:${str(c.input.RoleSessionName) ?? 'phiscan'}`, Arn: `arn:aws:sts::${target.id}:assumed-role/${role.name}/${str(c.input.RoleSessionName) ?? 'phiscan'}` },
    };
  },
};

/** Workload inventories Inspector's verdict depends on: ECR repositories and the Lambda function count. */
const ECR: Record<string, Handler> = {
  DescribeRepositories: (c) => {
    const p = page((regionOf(c).ecr?.repositories ?? []).map((name) => ({ repositoryName: name, repositoryArn: `arn:aws:ecr:${c.region}:${c.account.id}:repository/${name}`, registryId: c.account.id })), `${c.account.id}/${c.region}/ecr`, str(c.input.nextToken), num(c.input.maxResults), c.pageSize(1000));
    return { repositories: p.items, nextToken: p.next };
  },
};

const LAMBDA: Record<string, Handler> = {
  ...LAMBDA_FUNCTIONS,
  GetAccountSettings: (c) => ({ AccountLimit: { TotalCodeSize: 80530636800, CodeSizeUnzipped: 262144000, CodeSizeZipped: 52428800, ConcurrentExecutions: 1000 }, AccountUsage: { TotalCodeSize: 0, FunctionCount: regionOf(c).lambda?.functions ?? 0 } }),
};

const def = (name: string, signingName: string, protocol: Protocol, module: Readonly<Record<string, unknown>>, xmlNamespace: string, handlers: Record<string, Handler>, extra: Partial<Pick<ServiceDef, 'global' | 'throttle' | 'accessDenied'>> = {}): ServiceDef => {
  const jsonish = protocol === 'json' || protocol === 'rest-json';
  return {
    name, signingName, protocol, xmlNamespace, handlers, operations: operationsOf(module), global: extra.global ?? false,
    throttle: extra.throttle ?? (protocol === 'query' ? { status: 400, code: 'Throttling' } : protocol === 'ec2' ? { status: 503, code: 'RequestLimitExceeded' } : protocol === 'rest-xml' ? { status: 503, code: 'SlowDown' } : { status: protocol === 'rest-json' ? 429 : 400, code: 'ThrottlingException' }),
    accessDenied: extra.accessDenied ?? (protocol === 'ec2' ? { status: 403, code: 'UnauthorizedOperation' } : jsonish ? { status: protocol === 'rest-json' ? 403 : 400, code: 'AccessDeniedException' } : { status: 403, code: 'AccessDenied' }),
  };
};

/** Every simulated service. S3 Control shares the `s3` signing name and is told apart by its path. */
export const SERVICES: readonly ServiceDef[] = [
  def('ec2', 'ec2', 'ec2', ec2, 'http://ec2.amazonaws.com/doc/2016-11-15/', EC2),
  def('iam', 'iam', 'query', iam, 'https://iam.amazonaws.com/doc/2010-05-08/', IAM, { global: true }),
  def('rds', 'rds', 'query', rds, 'http://rds.amazonaws.com/doc/2014-10-31/', RDS),
  def('elasticloadbalancing', 'elasticloadbalancing', 'query', elbv2, 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/', ELBV2),
  def('sts', 'sts', 'query', sts, 'https://sts.amazonaws.com/doc/2011-06-15/', STS, { global: true }),
  def('config', 'config', 'json', config, '', CONFIG),
  def('kms', 'kms', 'json', kms, '', KMS),
  def('ssm', 'ssm', 'json', ssm, '', SSM),
  def('cloudtrail', 'cloudtrail', 'json', cloudtrail, '', CLOUDTRAIL),
  def('organizations', 'organizations', 'json', organizations, '', ORGANIZATIONS, { global: true, throttle: { status: 400, code: 'TooManyRequestsException' } }),
  def('guardduty', 'guardduty', 'rest-json', guardduty, '', GUARDDUTY, { throttle: { status: 429, code: 'TooManyRequestsException' } }),
  def('inspector2', 'inspector2', 'rest-json', inspector2, '', INSPECTOR2),
  def('ecr', 'ecr', 'json', ecr, '', ECR),
  def('lambda', 'lambda', 'rest-json', lambda, '', LAMBDA, { throttle: { status: 429, code: 'TooManyRequestsException' } }),
  def('backup', 'backup', 'rest-json', backup, '', BACKUP, { throttle: { status: 400, code: 'ThrottlingException' } }),
  def('secretsmanager', 'secretsmanager', 'json', secretsmanager, '', SECRETSMANAGER),
  def('acm', 'acm', 'json', acm, '', ACM),
  def('access-analyzer', 'access-analyzer', 'rest-json', accessanalyzer, '', ACCESS_ANALYZER),
  def('dynamodb', 'dynamodb', 'json', dynamodb, '', DYNAMODB),
  def('elasticfilesystem', 'elasticfilesystem', 'rest-json', efs, '', EFS),
  def('cloudfront', 'cloudfront', 'rest-xml', cloudfront, 'http://cloudfront.amazonaws.com/doc/2020-05-31/', CLOUDFRONT, { global: true, throttle: { status: 400, code: 'Throttling' }, accessDenied: { status: 403, code: 'AccessDenied' } }),
  def('logs', 'logs', 'json', logs, '', LOGS),
  def('cloudwatch', 'monitoring', 'json', cloudwatch, '', CLOUDWATCH),
  def('securityhub', 'securityhub', 'rest-json', securityhub, '', SECURITYHUB, { throttle: { status: 429, code: 'TooManyRequestsException' } }),
  def('s3', 's3', 'rest-xml', s3, 'http://s3.amazonaws.com/doc/2006-03-01/', S3, { global: true }),
  def('s3-control', 's3', 'rest-xml', s3control, 'http://awss3control.amazonaws.com/doc/2018-08-20/', S3CONTROL, { global: true }),
  def('es', 'es', 'rest-json', opensearch, '', OPENSEARCH),
  def('redshift', 'redshift', 'query', redshift, 'http://redshift.amazonaws.com/doc/2012-12-01/', REDSHIFT),
  def('elasticache', 'elasticache', 'query', elasticache, 'http://elasticache.amazonaws.com/doc/2015-02-02/', ELASTICACHE),
  def('sns', 'sns', 'query', sns, 'http://sns.amazonaws.com/doc/2010-03-31/', SNS),
  def('sqs', 'sqs', 'json', sqs, '', SQS, { throttle: { status: 400, code: 'RequestThrottled' } }),
  def('sagemaker', 'sagemaker', 'json', sagemaker, '', SAGEMAKER),
  def('eks', 'eks', 'rest-json', eks, '', EKS),
  // API Gateway v1 and v2 share the `apigateway` signing name: a request goes to the one whose path it matches.
  def('apigateway', 'apigateway', 'rest-json', apigateway, '', APIGATEWAY, { throttle: { status: 429, code: 'TooManyRequestsException' } }),
  def('apigatewayv2', 'apigateway', 'rest-json', apigatewayv2, '', APIGATEWAYV2, { throttle: { status: 429, code: 'TooManyRequestsException' } }),
];

/** `service:Operation` names the simulator answers, for the read-only policy test. */
export function simulatedActions(): string[] {
  return SERVICES.flatMap((s) => Object.keys(s.handlers).map((op) => `${s.name === 's3-control' ? 's3' : s.name}:${op}`)).sort();
}
