import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetBackupPlanCommand, BackupClient } from '@aws-sdk/client-backup';
import { ConfigServiceClient, SelectResourceConfigCommand } from '@aws-sdk/client-config-service';
import { CloudFrontClient, GetDistributionConfigCommand, ListDistributionsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudfront';
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DescribeBackupPolicyCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { GetDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetBucketPolicyCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { startAwsSimulator, type AwsSimulator, type AwsSimulatorOptions } from '../../../src/simulator/aws/server.js';
import { accessKeyFor, type AwsWorld } from '../../../src/simulator/aws/world.js';
import { MEMBER, orgWorld } from '../../providers/aws/_world.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const sims: AwsSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function sim(opts: Partial<AwsSimulatorOptions> = {}) {
  const s = await startAwsSimulator({ world: orgWorld(), ...opts });
  sims.push(s);
  const cfg = (region = 'us-east-1') => ({ region, endpoint: s.endpoint, credentials: { accessKeyId: accessKeyFor(MEMBER), secretAccessKey: 'x' }, maxAttempts: 1 });
  return { s, cfg };
}

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (err: unknown) => {
  const e = err as { name: string; $metadata?: { httpStatusCode?: number } };
  return { name: e.name, status: e.$metadata?.httpStatusCode };
});

describe('AWS simulator', () => {
  it('serves real-shaped responses the SDK clients parse (EC2 query, awsQuery, JSON, REST-JSON, REST-XML)', async () => {
    const { cfg } = await sim();
    const vols = await new EC2Client(cfg()).send(new DescribeVolumesCommand({}));
    expect(vols.Volumes?.map((v) => [v.VolumeId, v.Encrypted, v.Attachments?.[0]?.InstanceId])).toEqual([['vol-us-east-1-enc', true, 'i-us-east-1-1'], ['vol-us-east-1-plain', false, undefined]]);
    const dbs = await new RDSClient(cfg()).send(new DescribeDBInstancesCommand({}));
    expect(dbs.DBInstances?.[0]?.VpcSecurityGroups?.[0]?.VpcSecurityGroupId).toBe('sg-us-east-1-default');
    expect((await new IAMClient(cfg()).send(new GetAccountSummaryCommand({}))).SummaryMap?.AccountMFAEnabled).toBe(1);
    expect((await new KMSClient(cfg()).send(new ListKeysCommand({}))).Keys).toHaveLength(3);
    expect((await new GuardDutyClient(cfg()).send(new GetDetectorCommand({ DetectorId: 'det-us-east-1' }))).Features?.[0]).toEqual({ Name: 'EBS_MALWARE_PROTECTION', Status: 'ENABLED' });
    expect((await new BackupClient(cfg()).send(new GetBackupPlanCommand({ BackupPlanId: 'plan-1' }))).BackupPlan?.Rules?.[0]?.Lifecycle?.DeleteAfterDays).toBe(35);
    const s3 = new S3Client({ ...cfg(), forcePathStyle: true });
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => [b.Name, b.BucketRegion])).toEqual([[`phi-${MEMBER}`, 'us-east-1'], [`web-${MEMBER}`, 'eu-west-1']]);
    expect(JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: `phi-${MEMBER}` }))).Policy ?? '{}')).toMatchObject({ Statement: [{ Effect: 'Deny' }] });
  });

  it('serves DynamoDB (JSON 1.0), EFS (REST-JSON) and CloudFront (REST-XML, global) in the shapes the clients parse', async () => {
    const { cfg, s } = await sim();
    const ddb = new DynamoDBClient(cfg('eu-west-1'));
    expect((await ddb.send(new ListTablesCommand({}))).TableNames).toEqual(['claims', 'sessions']);
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'claims' }))).Table;
    expect([table?.SSEDescription?.SSEType, table?.SSEDescription?.KMSMasterKeyArn, table?.DeletionProtectionEnabled]).toEqual(['KMS', `arn:aws:kms:eu-west-1:${MEMBER}:key/k1`, true]);
    expect((await ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'sessions' }))).ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus).toBe('DISABLED');
    expect(await errorOf(ddb.send(new DescribeTableCommand({ TableName: 'nope' })))).toEqual({ name: 'ResourceNotFoundException', status: 400 });
    const efs = new EFSClient(cfg());
    expect((await efs.send(new DescribeFileSystemsCommand({}))).FileSystems?.map((f) => [f.FileSystemId, f.Encrypted, f.Tags?.length])).toEqual([['fs-us-east-1-enc', true, 1], ['fs-us-east-1-plain', false, 0]]);
    expect((await efs.send(new DescribeBackupPolicyCommand({ FileSystemId: 'fs-us-east-1-enc' }))).BackupPolicy?.Status).toBe('ENABLED');
    expect(await errorOf(efs.send(new DescribeBackupPolicyCommand({ FileSystemId: 'fs-us-east-1-plain' })))).toEqual({ name: 'PolicyNotFound', status: 404 });
    const cf = new CloudFrontClient(cfg());
    const list = (await cf.send(new ListDistributionsCommand({}))).DistributionList;
    expect(list?.Items?.map((d) => [d.Id, d.ARN, d.DefaultCacheBehavior?.ViewerProtocolPolicy])).toEqual([['EPORTAL', `arn:aws:cloudfront::${MEMBER}:distribution/EPORTAL`, 'redirect-to-https'], ['ESTATIC', `arn:aws:cloudfront::${MEMBER}:distribution/ESTATIC`, 'allow-all']]);
    const dc = (await cf.send(new GetDistributionConfigCommand({ Id: 'EPORTAL' }))).DistributionConfig;
    expect([dc?.CacheBehaviors?.Items?.[0]?.ViewerProtocolPolicy, dc?.Origins?.Items?.[0]?.CustomOriginConfig?.OriginSslProtocols?.Items, dc?.ViewerCertificate?.MinimumProtocolVersion]).toEqual(['https-only', ['TLSv1.2'], 'TLSv1.2_2021']);
    expect((await cf.send(new ListTagsForResourceCommand({ Resource: `arn:aws:cloudfront::${MEMBER}:distribution/EPORTAL` }))).Tags?.Items).toEqual([{ Key: 'phi', Value: 'true' }]);
    expect(await errorOf(cf.send(new GetDistributionConfigCommand({ Id: 'ENONE' })))).toEqual({ name: 'NoSuchDistribution', status: 404 });
    expect(s.calls.filter((c) => c.service === 'cloudfront').map((c) => [c.action, c.region])[0]).toEqual(['cloudfront:ListDistributions', 'global']);
  });

  it('answers each protocol\'s real throttling error beyond the token bucket', async () => {
    const { cfg, s } = await sim({ rateLimits: { '*': { capacity: 1, refillPerSecond: 0.001 } } });
    const twice = async (send: () => Promise<unknown>) => {
      await send();
      return errorOf(send());
    };
    const s3 = new S3Client({ ...cfg(), forcePathStyle: true });
    expect(await twice(() => new EC2Client(cfg()).send(new DescribeVolumesCommand({})))).toEqual({ name: 'RequestLimitExceeded', status: 503 });
    expect(await twice(() => new IAMClient(cfg()).send(new GetAccountSummaryCommand({})))).toEqual({ name: 'Throttling', status: 400 });
    expect(await twice(() => new KMSClient(cfg()).send(new ListKeysCommand({})))).toEqual({ name: 'ThrottlingException', status: 400 });
    expect(await twice(() => new GuardDutyClient(cfg()).send(new GetDetectorCommand({ DetectorId: 'det-us-east-1' })))).toEqual({ name: 'TooManyRequestsException', status: 429 });
    expect(await twice(() => s3.send(new ListBucketsCommand({})))).toEqual({ name: 'SlowDown', status: 503 });
    expect(await twice(() => new DynamoDBClient(cfg()).send(new ListTablesCommand({})))).toEqual({ name: 'ThrottlingException', status: 400 });
    expect(await twice(() => new EFSClient(cfg()).send(new DescribeFileSystemsCommand({})))).toEqual({ name: 'ThrottlingException', status: 429 });
    expect(await twice(() => new CloudFrontClient(cfg()).send(new ListDistributionsCommand({})))).toEqual({ name: 'Throttling', status: 400 });
    // Buckets are per (account, region, operation): another region is not throttled.
    await expect(new EC2Client(cfg('eu-west-1')).send(new DescribeVolumesCommand({}))).resolves.toBeDefined();
    expect(s.calls.filter((c) => c.status >= 400).map((c) => c.action)).toEqual([
      'ec2:DescribeVolumes', 'iam:GetAccountSummary', 'kms:ListKeys', 'guardduty:GetDetector', 's3:ListAllMyBuckets', 'dynamodb:ListTables', 'elasticfilesystem:DescribeFileSystems', 'cloudfront:ListDistributions',
    ]);
  });

  it('meters a per-service limit as one bucket for all its operations', async () => {
    const { cfg, s } = await sim({ rateLimits: { 'dynamodb:*': { capacity: 1, refillPerSecond: 0.001, per: 'service' } } });
    const ddb = new DynamoDBClient(cfg());
    await ddb.send(new ListTablesCommand({}));
    expect(await errorOf(ddb.send(new DescribeTableCommand({ TableName: 'claims' })))).toEqual({ name: 'ThrottlingException', status: 400 });
    expect(s.calls.map((c) => [c.operation, c.code])).toEqual([['ListTables', undefined], ['DescribeTable', 'ThrottlingException']]);
  });

  it('records KMS keys in AWS Config as Config does (metadata, rotation status, tags), only where the recorder records the type', async () => {
    const world = orgWorld();
    const onlyVolumes: AwsWorld = { ...world, accounts: world.accounts.map((a) => (a.id === MEMBER ? { ...a, regions: { ...a.regions, 'us-east-1': { ...a.regions['us-east-1'], config: { recording: true, resourceTypes: ['AWS::EC2::Volume'] } } } } : a)) };
    const select = async (w: AwsWorld) => {
      const { cfg } = await sim({ world: w });
      const out = await new ConfigServiceClient(cfg()).send(new SelectResourceConfigCommand({ Expression: "SELECT resourceId, configuration, supplementaryConfiguration, tags WHERE resourceType IN ('AWS::KMS::Key', 'AWS::EC2::Volume')" }));
      return (out.Results ?? []).map((r) => JSON.parse(r) as { resourceType: string; resourceId: string; configuration: Record<string, unknown>; supplementaryConfiguration: Record<string, unknown>; tags: unknown[] });
    };
    const items = await select(world);
    const k1 = items.find((i) => i.resourceType === 'AWS::KMS::Key' && i.resourceId === 'k1');
    expect(k1).toMatchObject({ configuration: { keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', keyState: 'Enabled' }, supplementaryConfiguration: { KeyRotationStatus: true }, tags: [{ key: 'phi', value: 'true' }] });
    // Keys that cannot rotate have no rotation status recorded.
    expect(items.find((i) => i.resourceId === 'k3')?.supplementaryConfiguration).toEqual({});
    expect((await select(onlyVolumes)).map((i) => i.resourceType)).toEqual(['AWS::EC2::Volume', 'AWS::EC2::Volume']);
  });

  it('injects AccessDenied by operation and region with each service\'s code, 5xx, and disabled regions', async () => {
    const { cfg } = await sim({ faults: [{ kind: 'AccessDenied', service: 'ec2', region: 'eu-west-1' }, { kind: 'AccessDenied', service: 'kms' }, { kind: 'InternalError', service: 'rds', times: 1 }] });
    expect(await errorOf(new EC2Client(cfg('eu-west-1')).send(new DescribeVolumesCommand({})))).toEqual({ name: 'UnauthorizedOperation', status: 403 });
    await expect(new EC2Client(cfg()).send(new DescribeVolumesCommand({}))).resolves.toBeDefined();
    expect(await errorOf(new KMSClient(cfg()).send(new ListKeysCommand({})))).toEqual({ name: 'AccessDeniedException', status: 400 });
    expect((await errorOf(new RDSClient(cfg()).send(new DescribeDBInstancesCommand({}))))?.status).toBe(500);
    await expect(new RDSClient(cfg()).send(new DescribeDBInstancesCommand({}))).resolves.toBeDefined();
    expect(await errorOf(new EC2Client(cfg('ap-south-1')).send(new DescribeVolumesCommand({})))).toEqual({ name: 'AuthFailure', status: 401 });
    const denied = await sim({ faults: [{ kind: 'AccessDenied', service: 'dynamodb' }, { kind: 'AccessDenied', service: 'elasticfilesystem' }, { kind: 'AccessDenied', service: 'cloudfront' }] });
    expect(await errorOf(new DynamoDBClient(denied.cfg()).send(new ListTablesCommand({})))).toEqual({ name: 'AccessDeniedException', status: 400 });
    expect(await errorOf(new EFSClient(denied.cfg()).send(new DescribeFileSystemsCommand({})))).toEqual({ name: 'AccessDeniedException', status: 403 });
    expect(await errorOf(new CloudFrontClient(denied.cfg()).send(new ListDistributionsCommand({})))).toEqual({ name: 'AccessDenied', status: 403 });
  });

  it('pages with opaque tokens bound to their listing and rejects foreign ones', async () => {
    const { cfg, s } = await sim({ pageSize: 1 });
    const ec2 = new EC2Client(cfg());
    const first = await ec2.send(new DescribeVolumesCommand({}));
    expect(first.Volumes).toHaveLength(1);
    const second = await ec2.send(new DescribeVolumesCommand({ NextToken: first.NextToken }));
    expect(second.Volumes?.[0]?.VolumeId).toBe('vol-us-east-1-plain');
    expect(second.NextToken).toBeUndefined();
    expect(await errorOf(new EC2Client(cfg('eu-west-1')).send(new DescribeVolumesCommand({ NextToken: first.NextToken })))).toMatchObject({ name: 'InvalidPaginationToken' });
    expect(s.calls.map((c) => c.paged)).toEqual([false, true, true]);
  });

  it('adds the configured latency to every response', async () => {
    const { cfg } = await sim({ latencyMs: 120 });
    const t = performance.now();
    await new KMSClient(cfg()).send(new ListKeysCommand({}));
    expect(performance.now() - t).toBeGreaterThanOrEqual(110);
  });
});
