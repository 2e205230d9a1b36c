import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { awsUnits, createAwsCollector, readActions, readOnlyPolicy, type AwsCollectorOptions, type AwsScope } from '../../../providers/aws/index.js';
import { EC2_CONFIG_TYPES } from '../../../providers/aws/units/ec2.js';
import { selectShard } from '../../../src/engine/shard.js';
import { evaluate } from '../../../src/engine/run.js';
import type { CollectEvent } from '../../../src/model/collect.js';
import type { CoverageGap } from '../../../src/model/coverage.js';
import type { Resource } from '../../../src/model/resource.js';
import { startAwsSimulator, type AwsSimulator, type AwsSimulatorOptions } from '../../../src/simulator/aws/server.js';
import { accessKeyFor, type AwsWorld, type WorldAccount } from '../../../src/simulator/aws/world.js';
import { BROKEN, MEMBER, MGMT, orgWorld, withKeys } from './_world.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ORG: AwsScope = { regions: ['us-east-1', 'eu-west-1'], org: true, assumeRole: 'PhiscanReadOnly', externalId: 'ext-1' };
const sims: AwsSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function scan(scope: AwsScope, sim: Partial<AwsSimulatorOptions> & { world?: AwsWorld } = {}, opts: AwsCollectorOptions & { shard?: { index: number; count: number }; signal?: AbortSignal } = {}) {
  const s = await startAwsSimulator({ world: orgWorld(), ...sim });
  sims.push(s);
  const collector = createAwsCollector(scope, { endpoint: s.endpoint, credentials: { accessKeyId: accessKeyFor(MGMT), secretAccessKey: 'test' }, requestTimeoutMs: 5000, ...opts });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined, ...(opts.shard ? { shard: opts.shard } : {}), ...(opts.signal ? { signal: opts.signal } : {}) })) events.push(e);
  const resources = events.flatMap((e) => (e.kind === 'resource' ? [e.resource] : []));
  const gaps = events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : []));
  return { sim: s, events, resources, gaps, collector, byId: (id: string) => resources.find((r) => r.id === id) as Resource };
}

const countByType = (rs: readonly Resource[]) => rs.reduce<Record<string, number>>((m, r) => ({ ...m, [r.type]: (m[r.type] ?? 0) + 1 }), {});

describe('AWS collector against the loopback simulator', () => {
  it('collects a multi-account, multi-region organization into the expected inventory', async () => {
    const { resources, gaps, byId, collector, sim } = await scan(ORG);
    // Per account (2 reachable) x region (2): the region's resources; per account: IAM, S3, account trails.
    expect(countByType(resources)).toEqual({
      'aws.backup.plan': 4, 'aws.backup.region': 4, 'aws.backup.vault': 4, 'aws.cloudfront.distribution': 4, 'aws.cloudtrail.account-trails': 2, 'aws.cloudtrail.trail': 2, 'aws.config.recorder': 4,
      'aws.dynamodb.table': 8, 'aws.ec2.ebs-encryption-default': 4, 'aws.efs.file-system': 8,
      'aws.ec2.instance': 4, 'aws.ec2.network-acl': 4, 'aws.ec2.network-gateway': 8, 'aws.ec2.route-table': 8, 'aws.ec2.security-group': 8, 'aws.ec2.snapshot': 4, 'aws.ec2.subnet': 8, 'aws.ec2.volume': 8,
      'aws.ec2.vpc': 4, 'aws.elbv2.listener': 8, 'aws.elbv2.load-balancer': 4, 'aws.securityhub.hub': 4, 'aws.guardduty.detector': 4, 'aws.iam.access-analyzer': 4, 'aws.iam.emergency-access': 2, 'aws.iam.identity-providers': 2, 'aws.iam.password-policy': 2, 'aws.iam.root-account': 2, 'aws.iam.user': 4, 'aws.inspector2.status': 4,
      'aws.kms.key': 12, 'aws.rds.instance': 4, 'aws.rds.snapshot': 4, 'aws.s3.account-public-access-block': 2, 'aws.s3.bucket': 4,
    });
    expect(new Set(resources.map((r) => r.account))).toEqual(new Set([MGMT, MEMBER]));
    expect(collector.identities?.()).toEqual([`arn:aws:iam::${MGMT}:user/phiscan`]);

    // The account whose role cannot be assumed is one gap covering every AWS type, and the only gap.
    expect(gaps.map((g) => [g.service, g.operation, g.account, g.reason, g.errorCode])).toEqual([['sts', 'AssumeRole', BROKEN, 'access-denied', 'AccessDenied']]);
    expect(gaps[0]?.resourceTypes).toContain('aws.s3.bucket');

    // EC2 inventory comes from AWS Config where the recorder records everything, from Describe APIs elsewhere.
    expect(byId(`arn:aws:ec2:us-east-1:${MEMBER}:volume/vol-us-east-1-enc`).source).toEqual({ kind: 'live', api: 'config:SelectResourceConfig' });
    expect(byId(`arn:aws:ec2:eu-west-1:${MEMBER}:volume/vol-eu-west-1-enc`).source).toEqual({ kind: 'live', api: 'ec2:DescribeVolumes' });
    expect(sim.calls.some((c) => c.operation === 'DescribeVolumes' && c.region === 'us-east-1')).toBe(false);
    for (const region of ['us-east-1', 'eu-west-1']) {
      const cfg = (id: string) => byId(`arn:aws:ec2:${region}:${MEMBER}:${id}`).config;
      expect(cfg(`volume/vol-${region}-enc`)).toEqual({ encrypted: true, kmsKeyId: `arn:aws:kms:${region}:${MEMBER}:key/k1`, state: 'in-use', attachedInstanceIds: [`i-${region}-1`], snapshotId: null });
      expect(cfg(`subnet/subnet-${region}-pub`)).toMatchObject({ mapPublicIpOnLaunch: true, routesToInternetGateway: true });
      expect(cfg(`subnet/subnet-${region}-priv`)).toMatchObject({ mapPublicIpOnLaunch: false, routesToInternetGateway: false });
      expect(cfg(`security-group/sg-${region}-ssh`)).toMatchObject({ isDefault: false, attachedTo: [`eni-${region}-1`], ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] }] });
      expect(cfg(`instance/i-${region}-1`)).toMatchObject({ state: 'running', publicIpAddress: '203.0.113.10', metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' }, ssmManaged: true, patchCompliance: { status: 'NON_COMPLIANT', criticalNonCompliant: 1, highNonCompliant: 2 } });
      expect(byId(`arn:aws:ec2:${region}:${MEMBER}:vpc/vpc-${region}-1`).tags).toEqual({ phi: 'true' });
      // Route tables and peering connections, for the reachability model.
      expect(cfg(`route-table/rtb-${region}-main`)).toEqual({
        vpcId: `vpc-${region}-1`, main: true, subnetIds: [],
        routes: [
          { destination: '10.0.0.0/16', destinationPrefixListId: null, targetKind: 'local', targetId: 'local', state: 'active' },
          { destination: '10.9.0.0/16', destinationPrefixListId: null, targetKind: 'vpc-peering', targetId: `pcx-${region}`, state: 'active' },
        ],
      });
      expect(cfg(`route-table/rtb-${region}-pub`)).toMatchObject({ main: false, subnetIds: [`subnet-${region}-pub`], routes: [{ destination: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: `igw-${region}` }] });
      expect(cfg(`vpc-peering-connection/pcx-${region}`)).toEqual({ kind: 'vpc-peering', vpcIds: [`vpc-${region}-1`, `vpc-${region}-shared`], subnetId: null, state: 'active' });
    }
    expect(byId(`arn:aws:ec2:us-east-1:${MEMBER}:vpc/vpc-us-east-1-1`).config).toMatchObject({ flowLogs: [{ id: 'fl-us-east-1', trafficType: 'ALL', destinationType: 'cloud-watch-logs', status: 'ACTIVE' }] });
    expect(byId(`arn:aws:ec2:eu-west-1:${MEMBER}:vpc/vpc-eu-west-1-1`).config).toMatchObject({ flowLogs: [] });
    expect(byId(`arn:aws:ec2:eu-west-1::snapshot/snap-${MEMBER}-eu-west-1`).config).toMatchObject({ encrypted: false, public: true });
    expect(byId(`arn:aws:ec2:eu-west-1:${MEMBER}:ebs-encryption-by-default`).config).toEqual({ enabled: false, kmsKeyId: 'alias/aws/ebs' });

    // KMS: where Config records keys (us-east-1) its items carry metadata, tags and rotation status, and only the key whose
    // rotation is on is asked for its period; elsewhere (eu-west-1) ListKeys, then DescribeKey, GetKeyRotationStatus and
    // ListResourceTags per key. Both give the same keys; asymmetric keys have a known "no" without asking.
    for (const region of ['us-east-1', 'eu-west-1']) {
      const key = (id: string) => byId(`arn:aws:kms:${region}:${MEMBER}:key/${id}`);
      expect(key('k1')).toMatchObject({ tags: { phi: 'true' }, config: { keyManager: 'CUSTOMER', rotationEnabled: true, rotationPeriodDays: 365, keyState: 'Enabled', deletionDate: null } });
      expect(key('k2')).toMatchObject({ tags: {}, config: { rotationEnabled: false, rotationPeriodDays: null } });
      expect(key('k3').config).toMatchObject({ keySpec: 'RSA_2048', rotationEnabled: false, rotationPeriodDays: null });
      expect(key('k1').config).toMatchObject({ policy: undefined });
    }
    expect(byId(`arn:aws:kms:us-east-1:${MEMBER}:key/k1`).source).toEqual({ kind: 'live', api: 'config:SelectResourceConfig' });
    expect(byId(`arn:aws:kms:eu-west-1:${MEMBER}:key/k1`).source).toEqual({ kind: 'live', api: 'kms:DescribeKey' });
    const kmsOps = (region: string) => sim.calls.filter((c) => c.service === 'kms' && c.account === MEMBER && c.region === region).map((c) => c.operation).sort();
    // us-east-1: the rotation period of k1, and the DynamoDB table's key (customer- or AWS-managed).
    expect(kmsOps('us-east-1')).toEqual(['DescribeKey', 'GetKeyRotationStatus']);
    expect(kmsOps('eu-west-1')).toEqual(['DescribeKey', 'DescribeKey', 'DescribeKey', 'DescribeKey', 'GetKeyRotationStatus', 'GetKeyRotationStatus', 'ListKeys', 'ListResourceTags', 'ListResourceTags', 'ListResourceTags']);
    // One Config query per region serves the EC2 inventory and the keys.
    expect(sim.calls.filter((c) => c.operation === 'SelectResourceConfig' && c.account === MEMBER)).toHaveLength(1);

    // S3: every bucket setting a check reads, including the SecureTransport deny policy and server access logging.
    expect(byId(`arn:aws:s3:::phi-${MEMBER}`)).toMatchObject({
      region: 'us-east-1', tags: { phi: 'true' },
      config: {
        defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: `arn:aws:kms:us-east-1:${MEMBER}:key/k1`, bucketKeyEnabled: true }, versioning: 'Enabled', mfaDelete: false,
        objectLock: { mode: 'COMPLIANCE', days: 30, years: null }, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      },
    });
    expect(byId(`arn:aws:s3:::phi-${MEMBER}`).config).toMatchObject({ logging: { targetBucket: 'logs', targetPrefix: `phi-${MEMBER}/` } });
    expect(byId(`arn:aws:s3:::web-${MEMBER}`).config).toMatchObject({ logging: null });
    expect(sim.calls.filter((c) => c.operation === 'GetKeyPolicy')).toEqual([]);
    expect(byId(`arn:aws:s3:::phi-${MEMBER}`).config).toMatchObject({ policy: { Statement: [{ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } });
    expect(byId(`arn:aws:s3:::web-${MEMBER}`)).toMatchObject({ region: 'eu-west-1', tags: {}, config: { defaultEncryption: null, policy: null, versioning: 'Off', objectLock: null, publicAccessBlock: null } });
    expect(byId(`arn:aws:s3::${MEMBER}:account-public-access-block`).config).toEqual({ publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } });

    // IAM from the credential report and authorization details.
    expect(byId(`arn:aws:iam::${MEMBER}:user/alice`).config).toEqual({ passwordEnabled: true, passwordLastUsed: '2026-10-01T00:00:00Z', mfaActive: false, accessKeys: [], createdAt: '2025-01-01T00:00:00Z', hasAdministratorAccess: true, attachedPolicyArns: [], inlinePolicyNames: [] });
    expect(byId(`arn:aws:iam::${MEMBER}:user/bob`)).toMatchObject({ tags: { team: 'data' }, config: { passwordEnabled: false, hasAdministratorAccess: false, accessKeys: [{ active: true, lastRotated: '2025-01-01T00:00:00Z', lastUsed: '2026-10-01T00:00:00Z' }] } });
    expect(byId(`arn:aws:iam::${MEMBER}:root`).config).toEqual({ credentialsPresent: true, mfaEnabled: true, hardwareMfa: false, accessKeysPresent: false, passwordLastUsed: null });
    expect(byId(`arn:aws:iam::${MEMBER}:account-password-policy`).config).toMatchObject({ present: true, minimumLength: 14, reusePrevention: 24 });

    // RDS TLS parameter from the instance's parameter group; ELB listeners; trails; backup; threat detection.
    expect(byId(`arn:aws:rds:eu-west-1:${MEMBER}:db:db1`).config).toMatchObject({ storageEncrypted: false, publiclyAccessible: true, vpcId: 'vpc-eu-west-1-1', tlsParameter: { name: 'rds.force_ssl', value: '1' } });
    expect(byId(`arn:aws:rds:eu-west-1:${MEMBER}:snapshot:db1-manual`).config).toMatchObject({ public: false, encrypted: false });
    expect(byId(`arn:aws:elasticloadbalancing:us-east-1:${MEMBER}:listener/app/web/1/443`).config).toMatchObject({ protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', loadBalancerScheme: 'internet-facing' });
    expect(byId(`arn:aws:elasticloadbalancing:us-east-1:${MEMBER}:listener/app/web/1/80`).config).toMatchObject({ protocol: 'HTTP', redirectsToHttps: true });
    expect(byId(`arn:aws:cloudtrail:us-east-1:${MEMBER}:trail/main`).config).toMatchObject({ isMultiRegion: true, isLogging: true, logFileValidation: true, kmsKeyId: null, dataEvents: false });
    // A member account also sees the management account's organization trail (a shadow trail).
    expect(byId(`arn:aws:cloudtrail::${MEMBER}:account-trails`).config).toEqual({ trailArns: [`arn:aws:cloudtrail:us-east-1:${MGMT}:trail/main`, `arn:aws:cloudtrail:us-east-1:${MEMBER}:trail/main`] });
    expect(byId(`arn:aws:backup:us-east-1:${MEMBER}:backup-plan:plan-1`).config).toEqual({ rules: [{ name: 'daily', targetVaultName: 'prod', scheduleExpression: 'cron(0 5 ? * * *)', continuous: false, deleteAfterDays: 35, copyTo: [] }], selections: [{ resources: [], notResources: [], listOfTags: [{ key: 'phi', value: 'true' }], conditions: { stringEquals: [], stringLike: [], stringNotEquals: [], stringNotLike: [] } }] });
    expect(byId(`arn:aws:iam::${MEMBER}:saml-provider/*`).config).toEqual({ samlProviders: [`arn:aws:iam::${MEMBER}:saml-provider/AWSSSO_4f1e0000deadbeef_DO_NOT_DELETE`] });
    expect(byId(`arn:aws:backup:us-east-1:${MEMBER}:region-settings`).config).toMatchObject({ planArns: [`arn:aws:backup:us-east-1:${MEMBER}:backup-plan:plan-1`], resourceTypeOptIn: { Aurora: true, DynamoDB: true, EBS: true, EFS: true, RDS: true, S3: true } });
    expect(byId(`arn:aws:backup:us-east-1:${MEMBER}:backup-vault:prod`).config).toMatchObject({ locked: false, lockMode: null, accessPolicy: null, recoveryPoints: 3 });
    expect(byId(`arn:aws:guardduty:us-east-1:${MEMBER}:detector/det-us-east-1`).config).toEqual({ detectorId: 'det-us-east-1', enabled: true, ebsMalwareProtection: true, s3MalwareProtection: false, s3DataEvents: false });
    expect(byId(`arn:aws:guardduty:eu-west-1:${MEMBER}:detector/none`).config).toMatchObject({ detectorId: null, enabled: false });
    expect(byId(`arn:aws:config:eu-west-1:${MEMBER}:config-recorder`).config).toMatchObject({ present: false, recording: false });
    expect(byId(`arn:aws:inspector2:us-east-1:${MEMBER}:account-status`).config).toEqual({ ec2: true, ecr: false, lambda: false, workloads: { ec2: true, ecr: true, lambda: false } });

    // DynamoDB: a KMS table's key is described to tell customer-managed from AWS-managed; no SSEDescription is the AWS-owned default.
    expect(byId(`arn:aws:dynamodb:eu-west-1:${MEMBER}:table/claims`)).toMatchObject({
      name: 'claims', region: 'eu-west-1', tags: { phi: 'true', owner: 'claims-team' },
      config: { sseType: 'CUSTOMER_MANAGED', kmsKeyArn: `arn:aws:kms:eu-west-1:${MEMBER}:key/k1`, pointInTimeRecovery: true, deletionProtection: true },
    });
    expect(byId(`arn:aws:dynamodb:eu-west-1:${MEMBER}:table/sessions`)).toMatchObject({ tags: {}, config: { sseType: 'AWS_OWNED', kmsKeyArn: null, pointInTimeRecovery: false, deletionProtection: false } });
    // EFS: no backup policy (PolicyNotFound) is a known "off".
    expect(byId(`arn:aws:elasticfilesystem:us-east-1:${MEMBER}:file-system/fs-us-east-1-enc`)).toMatchObject({ name: 'shared', tags: { phi: 'true' }, config: { encrypted: true, kmsKeyId: `arn:aws:kms:us-east-1:${MEMBER}:key/k1`, automaticBackups: true } });
    expect(byId(`arn:aws:elasticfilesystem:us-east-1:${MEMBER}:file-system/fs-us-east-1-plain`).config).toEqual({ encrypted: false, kmsKeyId: null, automaticBackups: false });
    // CloudFront (global): default and ordered cache behaviours; only custom origins have a protocol policy.
    expect(byId(`arn:aws:cloudfront::${MEMBER}:distribution/EPORTAL`)).toMatchObject({
      region: 'global', tags: { phi: 'true' }, config: { viewerProtocolPolicies: ['redirect-to-https', 'https-only'], minimumProtocolVersion: 'TLSv1.2_2021', originProtocolPolicies: ['https-only'] },
    });
    expect(byId(`arn:aws:cloudfront::${MEMBER}:distribution/ESTATIC`)).toMatchObject({ tags: {}, config: { viewerProtocolPolicies: ['allow-all'], minimumProtocolVersion: 'TLSv1', originProtocolPolicies: ['match-viewer'] } });
    expect(sim.calls.filter((c) => c.service === 'cloudfront').every((c) => c.region === 'global')).toBe(true);
    expect(sim.calls.filter((c) => c.action === 'kms:DescribeKey' && c.account === MEMBER && c.region === 'eu-west-1')).toHaveLength(4);
  });

  it('pages through every listing: one item per page gives the same inventory', async () => {
    const full = await scan(ORG);
    const paged = await scan(ORG, { pageSize: 1 });
    expect(paged.resources).toEqual(full.resources);
    expect(paged.sim.calls.filter((c) => c.paged).length).toBeGreaterThan(50);
    expect(new Set(paged.sim.calls.filter((c) => c.paged).map((c) => c.service))).toEqual(new Set(['cloudfront', 'config', 'dynamodb', 'ec2', 'elasticfilesystem', 'elasticloadbalancing', 'iam', 'kms', 'organizations', 'rds', 's3']));
    // DynamoDB pages ListTables by table name and ListTagsOfResource by token.
    expect(new Set(paged.sim.calls.filter((c) => c.paged && c.service === 'dynamodb').map((c) => c.operation))).toEqual(new Set(['ListTables', 'ListTagsOfResource']));
  });

  it('completes with a full inventory when calls run 5x over the rate limit (adaptive retry on real throttling errors)', async () => {
    // 40 more KMS keys in a region Config does not record: 120 per-key calls offered at once against 4 + 60/s per operation
    // (the collector paces by the documented KMS limits, far above these).
    const world = withKeys(orgWorld(), 40, 'eu-west-1');
    const full = await scan(ORG, { world, latencyMs: 20 });
    const limits = { 'kms:*': { capacity: 4, refillPerSecond: 60 }, '*': { capacity: 1, refillPerSecond: 20 } };
    const throttled = await scan(ORG, { world, latencyMs: 20, rateLimits: limits }, { maxAttempts: 12 });
    expect(throttled.resources).toEqual(full.resources);
    expect(countByType(throttled.resources)['aws.kms.key']).toBe(52);
    expect(throttled.gaps).toEqual(full.gaps);
    const THROTTLES = ['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'SlowDown', 'TooManyRequestsException'];
    const kms = throttled.sim.calls.filter((c) => c.service === 'kms' && c.account === MEMBER && c.region === 'eu-west-1');
    // The SDK's adaptive limiter backs off after the first refusals, so few are needed to pace the calls:
    // ListKeys, DescribeKey for 43 keys and the DynamoDB table's key, rotation of the 42 symmetric ones, tags of all 43.
    expect(kms.filter((c) => THROTTLES.includes(c.code ?? '')).length).toBeGreaterThan(0);
    expect(kms.filter((c) => c.status === 200)).toHaveLength(1 + 44 + 42 + 43);
    // Other services were refused too, each with its protocol's code (which ones depends on timing; test/simulator covers every code).
    expect(throttled.sim.calls.filter((c) => c.service !== 'kms' && THROTTLES.includes(c.code ?? '')).length).toBeGreaterThan(0);
  }, 90_000);

  it('turns AccessDenied on one service into gaps and not_assessed findings, never pass', async () => {
    // eu-west-1 is not recorded by Config, so its keys come from KMS alone.
    const { resources, gaps } = await scan(ORG, { faults: [{ kind: 'AccessDenied', service: 'kms', account: MEMBER, region: 'eu-west-1' }] });
    const kmsGaps = gaps.filter((g) => g.service === 'kms');
    // The KMS unit's listing, and the DynamoDB unit's lookup of a table's key (which hides that table's encryption type).
    expect(kmsGaps.map((g) => [g.operation, g.account, g.region, g.reason, g.errorCode, g.resourceTypes])).toEqual([
      ['DescribeKey', MEMBER, 'eu-west-1', 'access-denied', 'AccessDeniedException', ['aws.dynamodb.table']],
      ['ListKeys', MEMBER, 'eu-west-1', 'access-denied', 'AccessDeniedException', ['aws.kms.key']],
    ]);
    expect(resources.some((r) => r.type === 'aws.kms.key' && r.account === MEMBER && r.region === 'eu-west-1')).toBe(false);
    const result = evaluate(resources, gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const kmsScope = result.findings.filter((f) => f.resource.type === 'aws.kms.key' && f.resource.account === MEMBER && f.resource.region === 'eu-west-1');
    expect(kmsScope.length).toBeGreaterThan(0);
    expect(kmsScope.every((f) => f.status === 'not_assessed')).toBe(true);
    // Other accounts and regions are still assessed.
    expect(result.findings.some((f) => f.resource.type === 'aws.kms.key' && f.resource.account === MGMT && f.status === 'pass')).toBe(true);
  });

  it('makes each failed DynamoDB, EFS and CloudFront call a gap and the checks reading it not_assessed, never pass', async () => {
    const { resources, gaps, byId } = await scan(ORG, {
      faults: [
        { kind: 'AccessDenied', service: 'dynamodb', operation: 'DescribeContinuousBackups', account: MEMBER, region: 'us-east-1' },
        { kind: 'AccessDenied', service: 'kms', operation: 'DescribeKey', account: MEMBER, region: 'us-east-1' },
        { kind: 'AccessDenied', service: 'elasticfilesystem', operation: 'DescribeBackupPolicy', account: MEMBER },
        { kind: 'AccessDenied', service: 'cloudfront', operation: 'GetDistributionConfig', account: MEMBER },
      ],
    });
    const member = gaps.filter((g) => g.account === MEMBER);
    expect(new Set(member.map((g) => `${g.service}:${g.operation}:${g.region}:${g.reason}:${g.resourceTypes.join(',')}`))).toEqual(new Set([
      // (us-east-1's keys come from AWS Config, so only the table's key lookup is denied there.)
      'dynamodb:DescribeContinuousBackups:us-east-1:access-denied:aws.dynamodb.table', 'kms:DescribeKey:us-east-1:access-denied:aws.dynamodb.table', 'elasticfilesystem:DescribeBackupPolicy:us-east-1:access-denied:aws.efs.file-system',
      'elasticfilesystem:DescribeBackupPolicy:eu-west-1:access-denied:aws.efs.file-system', 'cloudfront:GetDistributionConfig:global:access-denied:aws.cloudfront.distribution',
    ]));
    // The resources are still listed, with the unread fields unknown.
    expect(byId(`arn:aws:dynamodb:us-east-1:${MEMBER}:table/claims`).config).toEqual({ sseType: undefined, kmsKeyArn: `arn:aws:kms:us-east-1:${MEMBER}:key/k1`, pointInTimeRecovery: undefined, deletionProtection: true });
    expect(byId(`arn:aws:dynamodb:us-east-1:${MEMBER}:table/sessions`).config).toMatchObject({ sseType: 'AWS_OWNED', pointInTimeRecovery: undefined });
    expect(byId(`arn:aws:elasticfilesystem:eu-west-1:${MEMBER}:file-system/fs-eu-west-1-enc`).config).toMatchObject({ encrypted: true, automaticBackups: undefined });
    expect(byId(`arn:aws:cloudfront::${MEMBER}:distribution/ESTATIC`).config).toEqual({ viewerProtocolPolicies: undefined, minimumProtocolVersion: undefined, originProtocolPolicies: undefined });
    const result = evaluate(resources, gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const status = (checkId: string, id: string) => result.findings.find((f) => f.checkId === checkId && f.resource.id === id)?.status;
    expect(status('aws-dynamodb-table-point-in-time-recovery', `arn:aws:dynamodb:us-east-1:${MEMBER}:table/claims`)).toBe('not_assessed');
    expect(status('aws-dynamodb-table-customer-managed-key', `arn:aws:dynamodb:us-east-1:${MEMBER}:table/claims`)).toBe('not_assessed');
    expect(status('aws-efs-file-system-backups-enabled', `arn:aws:elasticfilesystem:eu-west-1:${MEMBER}:file-system/fs-eu-west-1-enc`)).toBe('not_assessed');
    for (const id of ['aws-cloudfront-distribution-https-viewers', 'aws-cloudfront-distribution-https-origins', 'aws-cloudfront-distribution-modern-tls']) {
      expect(status(id, `arn:aws:cloudfront::${MEMBER}:distribution/EPORTAL`), id).toBe('not_assessed');
      // The management account's identical distribution is assessed.
      expect(status(id, `arn:aws:cloudfront::${MGMT}:distribution/EPORTAL`), id).toBe('pass');
    }
  });

  it('reads KMS keys from AWS Config only where the recorder records them, and a key whose rotation cannot be read is not assessed, never pass', async () => {
    const world = orgWorld();
    // The management account's us-east-1 recorder records only the EC2 inventory types: its keys come from KMS.
    // The member's k3 Config item lacks its key manager: that key alone is read from KMS.
    const member = (a: WorldAccount): WorldAccount => {
      const r = a.regions['us-east-1'];
      return { ...a, regions: { ...a.regions, 'us-east-1': { ...r, kms: { keys: (r?.kms?.keys ?? []).map((k) => (k.KeyMetadata.KeyId === 'k3' ? { ...k, notInConfig: ['KeyManager'] } : k)) } } } };
    };
    const partial: AwsWorld = {
      ...world,
      accounts: world.accounts.map((a) => (a.id === MGMT ? { ...a, regions: { ...a.regions, 'us-east-1': { ...a.regions['us-east-1'], config: { recording: true, resourceTypes: EC2_CONFIG_TYPES } } } } : a.id === MEMBER ? member(a) : a)),
    };
    const { resources, gaps, byId, sim } = await scan(ORG, { world: partial, faults: [{ kind: 'AccessDenied', service: 'kms', operation: 'GetKeyRotationStatus', account: MEMBER, region: 'us-east-1' }] });
    expect(byId(`arn:aws:kms:us-east-1:${MGMT}:key/k1`)).toMatchObject({ source: { api: 'kms:DescribeKey' }, config: { rotationEnabled: true, rotationPeriodDays: 365 } });
    expect(byId(`arn:aws:ec2:us-east-1:${MGMT}:volume/vol-us-east-1-enc`).source).toEqual({ kind: 'live', api: 'config:SelectResourceConfig' });
    expect(sim.calls.filter((c) => c.operation === 'ListKeys' && c.account === MGMT).map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(byId(`arn:aws:kms:us-east-1:${MEMBER}:key/k3`)).toMatchObject({ source: { api: 'kms:DescribeKey' }, config: { keyManager: 'CUSTOMER', keySpec: 'RSA_2048', rotationEnabled: false } });
    expect(byId(`arn:aws:kms:us-east-1:${MEMBER}:key/k2`).source).toEqual({ kind: 'live', api: 'config:SelectResourceConfig' });
    // The member's k1 rotation is on per Config, but its period could not be read: unknown, a gap, not assessed. k2 is off per Config: a fail.
    expect(byId(`arn:aws:kms:us-east-1:${MEMBER}:key/k1`).config).toMatchObject({ keyManager: 'CUSTOMER', rotationEnabled: undefined, rotationPeriodDays: undefined });
    expect(gaps.filter((g) => g.service === 'kms').map((g) => [g.operation, g.account, g.region, g.resourceTypes])).toEqual([['GetKeyRotationStatus', MEMBER, 'us-east-1', ['aws.kms.key']]]);
    const result = evaluate(resources, gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const status = (id: string) => result.findings.find((f) => f.checkId === 'aws-kms-key-rotation-enabled' && f.resource.id === id)?.status;
    expect(status(`arn:aws:kms:us-east-1:${MEMBER}:key/k1`)).toBe('not_assessed');
    expect(status(`arn:aws:kms:us-east-1:${MEMBER}:key/k2`)).toBe('fail');
    expect(status(`arn:aws:kms:us-east-1:${MGMT}:key/k1`)).toBe('pass');
  });

  it('paces its calls by the rate limits it is given: a service enforcing looser limits never throttles it', async () => {
    // 20 more keys where KMS is read key by key; the service allows 2 at once and 40/s per operation, the collector keeps to 1 and 20/s.
    const world = withKeys(orgWorld(), 20, 'eu-west-1');
    const { sim, resources, gaps } = await scan(ORG, { world, rateLimits: { 'kms:*': { capacity: 2, refillPerSecond: 40 } } }, { rateLimits: { 'kms:*': { capacity: 1, refillPerSecond: 20 } }, maxAttempts: 1 });
    const kms = sim.calls.filter((c) => c.service === 'kms' && c.account === MEMBER && c.region === 'eu-west-1');
    expect(kms.length).toBeGreaterThan(60);
    expect(kms.filter((c) => c.status !== 200)).toEqual([]);
    expect(gaps.filter((g) => g.service === 'kms')).toEqual([]);
    expect(resources.filter((r) => r.type === 'aws.kms.key' && r.account === MEMBER && r.region === 'eu-west-1')).toHaveLength(23);
  });

  it('judges ePHI backup coverage per region and never fails it when the plans or the opt-in are unreadable', async () => {
    const tagged = (r: Resource) => r.tags?.phi === 'true' && ['aws.rds.instance', 'aws.dynamodb.table', 'aws.efs.file-system', 'aws.ec2.volume', 'aws.s3.bucket'].includes(r.type);
    const statuses = (res: { resources: Resource[]; gaps: CoverageGap[] }) => evaluate(res.resources, res.gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') }).findings
      .filter((f) => f.checkId === 'aws-backup-ephi-resource-covered' && f.resource.account === MEMBER).map((f) => `${f.resource.region ?? ''}:${f.status}`);
    const healthy = await scan(ORG);
    expect(healthy.resources.some(tagged)).toBe(true);
    const denied = await scan(ORG, { faults: [{ kind: 'AccessDenied', service: 'backup', operation: 'ListBackupPlans', account: MEMBER, region: 'eu-west-1' }, { kind: 'AccessDenied', service: 'backup', operation: 'DescribeRegionSettings', account: MEMBER, region: 'us-east-1' }] });
    expect((denied.byId(`arn:aws:backup:eu-west-1:${MEMBER}:region-settings`).config as { planArns: unknown }).planArns).toBeUndefined();
    expect((denied.byId(`arn:aws:backup:us-east-1:${MEMBER}:region-settings`).config as { resourceTypeOptIn: unknown }).resourceTypeOptIn).toBeUndefined();
    const before = statuses(healthy);
    const after = statuses(denied);
    // Every verdict that was a pass or fail in a region whose reads failed is now not assessed: never a fail without evidence.
    expect(after.filter((s) => s.startsWith('eu-west-1:')).every((s) => s.endsWith('not_assessed'))).toBe(true);
    expect(after.filter((s) => s.startsWith('us-east-1:')).some((s) => s.endsWith(':pass'))).toBe(false);
    expect(before.filter((x) => x.startsWith('eu-west-1:')).length).toBeGreaterThan(0);
    expect(before.every((x) => x.endsWith(':pass'))).toBe(true);
    expect(before.length).toBe(after.length);
  });

  it('makes timeouts and exhausted 5xx retries coverage gaps, and retries transient 5xx', async () => {
    const { gaps, resources } = await scan(ORG, {
      hangMs: 3000,
      faults: [
        { kind: 'Timeout', service: 'rds', operation: 'DescribeDBInstances', account: MGMT, region: 'eu-west-1' },
        { kind: 'InternalError', service: 'elasticloadbalancing', operation: 'DescribeLoadBalancers', account: MGMT, region: 'us-east-1' },
        { kind: 'ServiceUnavailable', service: 'ec2', operation: 'DescribeSecurityGroups', times: 2 },
      ],
    }, { requestTimeoutMs: 300, maxAttempts: 3 });
    expect(gaps.filter((g) => g.account === MGMT).map((g) => [g.service, g.operation, g.region, g.reason])).toEqual([
      ['rds', 'DescribeDBInstances', 'eu-west-1', 'timeout'],
      ['elasticloadbalancing', 'DescribeLoadBalancers', 'us-east-1', 'error'],
    ]);
    expect(resources.filter((r) => r.type === 'aws.ec2.security-group')).toHaveLength(8);
  }, 30_000);

  it('calls only operations in the published read-only policy', async () => {
    const runs = await Promise.all([scan(ORG), scan({ ...ORG, allRegions: true, configAggregator: 'org-agg' })]);
    const allowed = new Set(readActions());
    const called = [...new Set(runs.flatMap((r) => r.sim.calls.map((c) => c.action)))].sort();
    expect(called.filter((a) => !allowed.has(a))).toEqual([]);
    for (const a of called) expect(a, a).toMatch(/^[a-z0-9-]+:(Describe|List|Get|Select|BatchGet|GenerateCredentialReport|AssumeRole$|GET$)/);
    expect(called).toContain('sts:AssumeRole');
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'aws-readonly-policy.json'), 'utf8')) as unknown;
    expect(published).toEqual(readOnlyPolicy());
  });

  it('reads EC2 inventory through a Config aggregator when one is named', async () => {
    const direct = await scan(ORG);
    const agg = await scan({ ...ORG, configAggregator: 'org-agg' });
    expect(agg.resources).toEqual(direct.resources);
    expect(agg.sim.calls.filter((c) => c.operation === 'SelectAggregateResourceConfig').length).toBeGreaterThan(0);
    expect(agg.sim.calls.filter((c) => c.operation === 'SelectResourceConfig')).toEqual([]);
  });

  it('discovers enabled regions with --all-regions', async () => {
    const { resources, sim } = await scan({ allRegions: true });
    expect([...new Set(resources.map((r) => r.region))].sort()).toEqual(['eu-west-1', 'global', 'us-east-1']);
    expect(sim.calls.filter((c) => c.operation === 'DescribeRegions')).toHaveLength(1);
    expect(new Set(resources.map((r) => r.account))).toEqual(new Set([MGMT]));
  });

  it('reads a root user without credentials (centrally managed root access) as such', async () => {
    const world = orgWorld();
    const noRoot: AwsWorld = { ...world, accounts: world.accounts.map((a) => (a.id === MGMT ? { ...a, iam: { ...a.iam, root: null } } : a)) };
    const { byId } = await scan({ regions: ['us-east-1'] }, { world: noRoot });
    expect(byId(`arn:aws:iam::${MGMT}:root`).config).toEqual({ credentialsPresent: false, mfaEnabled: false, hardwareMfa: undefined, accessKeysPresent: false, passwordLastUsed: undefined });
  });

  it('reports a wrong external id as a gap for that account only', async () => {
    const { gaps, resources } = await scan({ ...ORG, externalId: 'wrong' });
    expect(gaps.map((g) => [g.operation, g.account])).toEqual([['AssumeRole', MEMBER], ['AssumeRole', BROKEN]]);
    expect(new Set(resources.map((r) => r.account))).toEqual(new Set([MGMT]));
  });

  it('turns credentials that fail mid-scan into gaps of the calls that needed them, and keeps going', async () => {
    // Short-lived credentials are fetched again as they expire; after 30 fetches the provider fails (an expired SSO session, say).
    let fetched = 0;
    const credentials = () => {
      fetched++;
      if (fetched > 30) return Promise.reject(Object.assign(new Error('Token is expired'), { name: 'CredentialsProviderError' }));
      return Promise.resolve({ accessKeyId: accessKeyFor(MGMT), secretAccessKey: 'test', expiration: new Date(Date.now() + 1000) });
    };
    const { gaps, resources } = await scan({ regions: ['us-east-1', 'eu-west-1'] }, {}, { credentials });
    expect(fetched).toBeGreaterThan(30);
    const failed = gaps;
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((g) => g.account === MGMT && g.reason === 'access-denied' && g.errorCode === 'CredentialsProviderError')).toBe(true);
    expect(resources.length).toBeGreaterThan(0);
  });

  it('splits whole accounts across shards: every account exactly once, and the shards together give the full inventory', async () => {
    const units = awsUnits([{ id: MGMT, regions: ['us-east-1', 'eu-west-1'] }, { id: MEMBER, regions: ['us-east-1', 'eu-west-1'] }]);
    const keys = units.map((u) => u.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`aws/${MEMBER}/eu-west-1/ec2`);
    expect(keys).toContain(`aws/${MGMT}/global/iam`);
    const parts = [1, 2, 3].map((index) => selectShard([MGMT, MEMBER], (a) => `aws/${a}`, { index, count: 3 }));
    expect(parts.flat().sort()).toEqual([MGMT, MEMBER].sort());

    const full = await scan(ORG);
    const shards = await Promise.all([1, 2, 3].map((index) => scan(ORG, {}, { shard: { index, count: 3 } })));
    const ids = shards.flatMap((s) => s.resources.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(full.resources.map((r) => r.id).sort());
    expect(shards.flatMap((s) => s.gaps).length).toBe(full.gaps.length);
    // No shard splits an account.
    for (const s of shards) for (const account of new Set(s.resources.map((r) => r.account))) expect(shards.filter((o) => o.resources.some((r) => r.account === account))).toHaveLength(1);
  });

  it('stops issuing calls once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { resources, sim } = await scan(ORG, {}, { signal: controller.signal });
    expect(resources).toEqual([]);
    expect(sim.calls.length).toBeLessThanOrEqual(1);
  });

  it('is deterministic: two scans yield the same event stream', async () => {
    const a = await scan(ORG);
    const b = await scan(ORG);
    expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
  });
});
