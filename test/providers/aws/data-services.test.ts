import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { createAwsCollector, readActions, type AwsScope } from '../../../providers/aws/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { CoverageGap } from '../../../src/model/coverage.js';
import type { Resource } from '../../../src/model/resource.js';
import { startAwsSimulator, type AwsFault, type AwsSimulator } from '../../../src/simulator/aws/server.js';
import { accessKeyFor, type AwsWorld, type WorldRegion } from '../../../src/simulator/aws/world.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ACCT = '444455556666';
const R = 'us-east-1';
const KEY = `arn:aws:kms:${R}:${ACCT}:key/k1`;
const PHI = [{ Key: 'phi', Value: 'true' }];

/** One good and one bad of each data service, in the SDK's own output shapes. */
const DATA: WorldRegion = {
  opensearch: {
    domains: [
      {
        DomainName: 'good', ARN: `arn:aws:es:${R}:${ACCT}:domain/good`, EngineVersion: 'OpenSearch_2.13', tags: PHI,
        EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY }, NodeToNodeEncryptionOptions: { Enabled: true },
        DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'], AvailabilityZones: [`${R}a`] },
        LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:444455556666:log-group:audit', Enabled: true } },
        AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false },
      },
      ...['bad1', 'bad2', 'bad3', 'bad4', 'bad5'].map((name) => ({
        DomainName: name, ARN: `arn:aws:es:${R}:${ACCT}:domain/${name}`, EngineVersion: 'Elasticsearch_7.10',
        EncryptionAtRestOptions: { Enabled: false }, NodeToNodeEncryptionOptions: { Enabled: false },
        DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
        AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `arn:aws:es:${R}:${ACCT}:domain/${name}/*` }] }),
        LogPublishingOptions: { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:444455556666:log-group:app', Enabled: true }, AUDIT_LOGS: { Enabled: false } },
      })),
    ],
  },
  redshift: {
    clusters: [
      {
        ClusterIdentifier: 'good', Encrypted: true, KmsKeyId: KEY, PubliclyAccessible: false, VpcId: 'vpc-1', VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }],
        ClusterSubnetGroupName: 'private', ClusterParameterGroups: [{ ParameterGroupName: 'tls', ParameterApplyStatus: 'in-sync' }], AutomatedSnapshotRetentionPeriod: 7, EnhancedVpcRouting: true, Tags: PHI,
        logging: { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] },
      },
      { ClusterIdentifier: 'bad', Encrypted: false, PubliclyAccessible: true, VpcId: 'vpc-1', VpcSecurityGroups: [], ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0' }], AutomatedSnapshotRetentionPeriod: 1, EnhancedVpcRouting: false },
    ],
    parameterGroups: {
      tls: [{ ParameterName: 'require_ssl', ParameterValue: 'true', Source: 'user' }, { ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' }],
      'default.redshift-1.0': [{ ParameterName: 'require_ssl', ParameterValue: 'false', Source: 'engine-default' }],
    },
  },
  elasticache: {
    replicationGroups: [
      {
        ReplicationGroupId: 'good', ARN: `arn:aws:elasticache:${R}:${ACCT}:replicationgroup:good`, Engine: 'valkey', AtRestEncryptionEnabled: true, KmsKeyId: KEY,
        TransitEncryptionEnabled: true, TransitEncryptionMode: 'required', AuthTokenEnabled: true, SnapshotRetentionLimit: 7, AutomaticFailover: 'enabled', MultiAZ: 'enabled', tags: PHI,
        LogDeliveryConfigurations: [{ LogType: 'slow-log', DestinationType: 'cloudwatch-logs', DestinationDetails: { CloudWatchLogsDetails: { LogGroup: 'slow' } }, LogFormat: 'json', Status: 'active' }],
      },
      { ReplicationGroupId: 'bad', ARN: `arn:aws:elasticache:${R}:${ACCT}:replicationgroup:bad`, AtRestEncryptionEnabled: false, TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred', SnapshotRetentionLimit: 0, AutomaticFailover: 'disabled', MultiAZ: 'disabled' },
    ],
  },
  sns: {
    topics: [
      { TopicArn: `arn:aws:sns:${R}:${ACCT}:good`, attributes: { KmsMasterKeyId: 'alias/aws/sns', SQSFailureFeedbackRoleArn: `arn:aws:iam::${ACCT}:role/feedback` }, tags: PHI },
      { TopicArn: `arn:aws:sns:${R}:${ACCT}:bad`, attributes: { Policy: JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: 'SNS:Publish', Resource: `arn:aws:sns:${R}:${ACCT}:bad` }] }) } },
    ],
  },
  sqs: {
    queues: [
      { QueueUrl: `https://sqs.${R}.amazonaws.com/${ACCT}/good`, attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCT}:good`, SqsManagedSseEnabled: 'true' }, tags: { phi: 'true' } },
      { QueueUrl: `https://sqs.${R}.amazonaws.com/${ACCT}/kms`, attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCT}:kms`, KmsMasterKeyId: KEY, SqsManagedSseEnabled: 'false' } },
      { QueueUrl: `https://sqs.${R}.amazonaws.com/${ACCT}/bad`, attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCT}:bad`, SqsManagedSseEnabled: 'false' } },
    ],
  },
  sagemaker: {
    notebooks: [
      { NotebookInstanceName: 'good', NotebookInstanceArn: `arn:aws:sagemaker:${R}:${ACCT}:notebook-instance/good`, KmsKeyId: KEY, DirectInternetAccess: 'Disabled', RootAccess: 'Disabled', SubnetId: 'subnet-1', SecurityGroups: ['sg-1'], NotebookInstanceStatus: 'InService', tags: PHI },
      { NotebookInstanceName: 'bad', NotebookInstanceArn: `arn:aws:sagemaker:${R}:${ACCT}:notebook-instance/bad`, DirectInternetAccess: 'Enabled', RootAccess: 'Enabled', NotebookInstanceStatus: 'InService', tags: PHI },
    ],
  },
  eks: {
    clusters: [
      {
        name: 'good', arn: `arn:aws:eks:${R}:${ACCT}:cluster/good`, version: '1.31', tags: { phi: 'true' },
        resourcesVpcConfig: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator'], enabled: true }, { types: ['controllerManager', 'scheduler'], enabled: false }] },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
      },
      {
        name: 'bad', arn: `arn:aws:eks:${R}:${ACCT}:cluster/bad`, version: '1.29',
        resourcesVpcConfig: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: [], endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
      },
    ],
  },
  apigateway: {
    restApis: [
      {
        id: 'rest1', name: 'portal', stages: [
          {
            stageName: 'prod', deploymentId: 'd1', cacheClusterEnabled: true, cacheClusterSize: '0.5', clientCertificateId: 'cert1', tracingEnabled: true, tags: { phi: 'true' },
            accessLogSettings: { destinationArn: `arn:aws:logs:${R}:${ACCT}:log-group:portal`, format: '$context.requestId' },
            methodSettings: { '*/*': { loggingLevel: 'INFO', cachingEnabled: true, cacheDataEncrypted: true } },
          },
          // Encrypted by default, but one method caches without encryption.
          { stageName: 'dev', deploymentId: 'd1', cacheClusterEnabled: true, methodSettings: { '*/*': { loggingLevel: 'OFF', cachingEnabled: true, cacheDataEncrypted: true }, 'patients/GET': { cachingEnabled: true, cacheDataEncrypted: false } } },
        ],
      },
    ],
    apis: [
      { ApiId: 'http1', Name: 'http', ProtocolType: 'HTTP', stages: [{ StageName: '$default', AccessLogSettings: { DestinationArn: `arn:aws:logs:${R}:${ACCT}:log-group:http` } }, { StageName: 'quiet' }] },
      { ApiId: 'ws1', Name: 'ws', ProtocolType: 'WEBSOCKET', stages: [{ StageName: 'prod', DefaultRouteSettings: { LoggingLevel: 'ERROR' }, ClientCertificateId: 'cert1' }] },
    ],
  },
  lambdaFunctions: [
    {
      FunctionName: 'good', FunctionArn: `arn:aws:lambda:${R}:${ACCT}:function:good`, Runtime: 'nodejs22.x', PackageType: 'Zip', Environment: { Variables: { DB_PASSWORD: 'hunter2' } }, TracingConfig: { Mode: 'Active' },
      policy: { Version: '2012-10-17', Statement: [{ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:${R}:${ACCT}:function:good`, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::in' } } }] },
      tags: { phi: 'true' },
    },
    {
      FunctionName: 'open', FunctionArn: `arn:aws:lambda:${R}:${ACCT}:function:open`, Runtime: 'python3.13', PackageType: 'Zip',
      policy: { Version: '2012-10-17', Statement: [{ Sid: 'url', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: `arn:aws:lambda:${R}:${ACCT}:function:open`, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }] },
    },
    { FunctionName: 'nopolicy', FunctionArn: `arn:aws:lambda:${R}:${ACCT}:function:nopolicy`, PackageType: 'Image', VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } },
  ],
};

const world: AwsWorld = { accounts: [{ id: ACCT, regions: { [R]: DATA } }] };
/** Simulator services the data-service units call. */
const SERVICES = ['apigateway', 'apigatewayv2', 'eks', 'elasticache', 'es', 'lambda', 'redshift', 'sagemaker', 'sns', 'sqs'];

const sims: AwsSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function scan(options: { faults?: readonly AwsFault[]; pageSize?: number } = {}) {
  const sim = await startAwsSimulator({ world, ...options });
  sims.push(sim);
  const scope: AwsScope = { regions: [R] };
  const collector = createAwsCollector(scope, { endpoint: sim.endpoint, credentials: { accessKeyId: accessKeyFor(ACCT), secretAccessKey: 'test' }, requestTimeoutMs: 5000, maxAttempts: 2 });
  const resources: Resource[] = [];
  const gaps: CoverageGap[] = [];
  for await (const e of collector.collect({ log: () => undefined })) {
    if (e.kind === 'resource') resources.push(e.resource);
    else gaps.push(e.gap);
  }
  const dataTypes = new Set(['aws.opensearch.domain', 'aws.redshift.cluster', 'aws.elasticache.replication-group', 'aws.sns.topic', 'aws.sqs.queue', 'aws.sagemaker.notebook-instance', 'aws.eks.cluster', 'aws.apigateway.stage', 'aws.lambda.function']);
  return { sim, gaps, resources: resources.filter((r) => dataTypes.has(r.type)) };
}

/** Status of every data-service finding, `check @ resource name`. */
function verdicts(resources: readonly Resource[]): Record<string, string> {
  const ids = new Set(resources.map((r) => r.id));
  const { findings } = evaluate(resources, [], AWS_CHECKS, { now: TEST_NOW });
  const entries: [string, string][] = findings.filter((f) => ids.has(f.resource.id)).map((f) => [`${f.checkId} @ ${f.resource.name}`, f.status]);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('AWS data services through real SDK clients and the wire simulator', () => {
  it('collects each service in its own protocol and the checks pass the good resources and fail the bad ones', async () => {
    const { resources, gaps, sim } = await scan({ pageSize: 2 });
    expect(gaps).toEqual([]);
    const byName = (type: string, name: string) => resources.find((r) => r.type === type && r.name === name) as Resource;
    expect(byName('aws.opensearch.domain', 'good')).toMatchObject({ id: `arn:aws:es:${R}:${ACCT}:domain/good`, tags: { phi: 'true' }, config: { vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] }, enabledLogTypes: ['AUDIT_LOGS'], kmsKeyId: KEY } });
    expect(byName('aws.redshift.cluster', 'good').config).toEqual({
      encrypted: true, kmsKeyId: KEY, publiclyAccessible: false, vpcId: 'vpc-1', securityGroupIds: ['sg-1'], subnetGroupName: 'private', requireSsl: true,
      auditLogging: { destinationType: 'cloudwatch', bucketName: null }, automatedSnapshotRetentionDays: 7, enhancedVpcRouting: true,
    });
    expect(byName('aws.elasticache.replication-group', 'good').config).toMatchObject({ engine: 'valkey', logDelivery: [{ logType: 'slow-log', destinationType: 'cloudwatch-logs', destination: 'slow' }], multiAz: true });
    expect(byName('aws.sns.topic', 'good').config).toEqual({ kmsMasterKeyId: 'alias/aws/sns', policy: null, fifo: false, deliveryStatusLogging: ['sqs'], subscriptionsConfirmed: 0 });
    expect(byName('aws.sqs.queue', 'good')).toMatchObject({ id: `arn:aws:sqs:${R}:${ACCT}:good`, tags: { phi: 'true' } });
    expect(byName('aws.eks.cluster', 'good').config).toMatchObject({ enabledLogTypes: ['api', 'audit', 'authenticator'], secretsEncryptionKeyArn: KEY });
    expect(byName('aws.apigateway.stage', 'portal/dev').config).toMatchObject({ cacheClusterEnabled: true, cacheDataEncrypted: false, executionLoggingLevel: 'OFF' });
    expect(byName('aws.lambda.function', 'nopolicy').config).toMatchObject({ runtime: null, packageType: 'Image', policy: null, vpc: { vpcId: 'vpc-1' } });
    // Environment variable values never leave the collector; their names do.
    expect(byName('aws.lambda.function', 'good').config).toMatchObject({ environmentVariableNames: ['DB_PASSWORD'] });
    expect(JSON.stringify(resources)).not.toContain('hunter2');

    expect(verdicts(resources)).toEqual({
      'aws-apigateway-stage-access-logging @ http/$default': 'pass',
      'aws-apigateway-stage-access-logging @ http/quiet': 'fail',
      'aws-apigateway-stage-access-logging @ portal/dev': 'fail',
      'aws-apigateway-stage-access-logging @ portal/prod': 'pass',
      'aws-apigateway-stage-access-logging @ ws/prod': 'pass',
      'aws-apigateway-stage-cache-encrypted @ portal/dev': 'fail',
      'aws-apigateway-stage-cache-encrypted @ portal/prod': 'pass',
      'aws-apigateway-stage-client-certificate @ portal/dev': 'fail',
      'aws-apigateway-stage-client-certificate @ portal/prod': 'pass',
      'aws-apigateway-stage-client-certificate @ ws/prod': 'pass',
      'aws-eks-cluster-audit-logging @ bad': 'fail',
      'aws-eks-cluster-audit-logging @ good': 'pass',
      'aws-eks-cluster-endpoint-not-public @ bad': 'fail',
      'aws-eks-cluster-endpoint-not-public @ good': 'pass',
      'aws-eks-cluster-secrets-encryption @ bad': 'fail',
      'aws-eks-cluster-secrets-encryption @ good': 'pass',
      'aws-elasticache-replication-group-automatic-backups @ bad': 'fail',
      'aws-elasticache-replication-group-automatic-backups @ good': 'pass',
      'aws-elasticache-replication-group-encrypted-at-rest @ bad': 'fail',
      'aws-elasticache-replication-group-encrypted-at-rest @ good': 'pass',
      'aws-elasticache-replication-group-encrypted-in-transit @ bad': 'fail',
      'aws-elasticache-replication-group-encrypted-in-transit @ good': 'pass',
      'aws-lambda-function-not-public @ good': 'pass',
      'aws-lambda-function-not-public @ nopolicy': 'pass',
      'aws-lambda-function-not-public @ open': 'fail',
      ...Object.fromEntries(['bad1', 'bad2', 'bad3', 'bad4', 'bad5'].flatMap((d) => ['audit-logs', 'encrypted-at-rest', 'https-required', 'node-to-node-encryption', 'not-public'].map((c) => [`aws-opensearch-domain-${c} @ ${d}`, 'fail']))),
      'aws-opensearch-domain-audit-logs @ good': 'pass',
      'aws-opensearch-domain-encrypted-at-rest @ good': 'pass',
      'aws-opensearch-domain-https-required @ good': 'pass',
      'aws-opensearch-domain-node-to-node-encryption @ good': 'pass',
      'aws-opensearch-domain-not-public @ good': 'pass',
      'aws-redshift-cluster-audit-logging @ bad': 'fail',
      'aws-redshift-cluster-audit-logging @ good': 'pass',
      'aws-redshift-cluster-encrypted-at-rest @ bad': 'fail',
      'aws-redshift-cluster-encrypted-at-rest @ good': 'pass',
      'aws-redshift-cluster-not-public @ bad': 'fail',
      'aws-redshift-cluster-not-public @ good': 'pass',
      'aws-redshift-cluster-tls-required @ bad': 'fail',
      'aws-redshift-cluster-tls-required @ good': 'pass',
      'aws-sagemaker-notebook-kms-encryption @ bad': 'fail',
      'aws-sagemaker-notebook-kms-encryption @ good': 'pass',
      'aws-sagemaker-notebook-no-direct-internet @ bad': 'fail',
      'aws-sagemaker-notebook-no-direct-internet @ good': 'pass',
      'aws-sns-topic-encrypted-at-rest @ bad': 'fail',
      'aws-sns-topic-encrypted-at-rest @ good': 'pass',
      'aws-sqs-queue-encrypted-at-rest @ bad': 'fail',
      'aws-sqs-queue-encrypted-at-rest @ good': 'pass',
      'aws-sqs-queue-encrypted-at-rest @ kms': 'pass',
    });

    // Read-only, in the published policy; DescribeDomains in batches of five; one parameter read per group.
    expect(SERVICES.filter((s) => !sim.calls.some((c) => c.service === s))).toEqual([]);
    const allowed = new Set(readActions());
    const called = [...new Set(sim.calls.map((c) => c.action))].sort();
    expect(called.filter((a) => !allowed.has(a))).toEqual([]);
    expect(sim.calls.filter((c) => c.operation === 'DescribeDomains')).toHaveLength(2);
    expect(sim.calls.filter((c) => c.operation === 'DescribeClusterParameters').map((c) => c.paged)).toEqual([false, false]);
    // The only errors of these services: the function without a resource policy.
    expect(sim.calls.filter((c) => SERVICES.includes(c.service) && c.status !== 200).map((c) => `${c.operation}:${c.code ?? ''}`)).toEqual(['GetPolicy:ResourceNotFoundException']);
  });

  it('turns an unreadable service into a coverage gap and its resources into not-assessed findings, never a pass', async () => {
    const { gaps, resources } = await scan({
      faults: [
        { kind: 'AccessDenied', service: 'redshift', operation: 'DescribeLoggingStatus' },
        { kind: 'AccessDenied', service: 'sqs', operation: 'GetQueueAttributes' },
        { kind: 'AccessDenied', service: 'lambda', operation: 'GetPolicy' },
        { kind: 'AccessDenied', service: 'es', operation: 'DescribeDomains' },
        { kind: 'AccessDenied', service: 'sagemaker', operation: 'ListTags' },
      ],
    });
    expect([...new Set(gaps.map((g) => `${g.service}:${g.operation}:${g.reason}`))].sort()).toEqual([
      'es:DescribeDomains:access-denied', 'lambda:GetPolicy:access-denied', 'redshift:DescribeLoggingStatus:access-denied', 'sagemaker:ListTags:access-denied', 'sqs:GetQueueAttributes:access-denied',
    ]);
    const v = verdicts(resources);
    // Domains that could not be described are still listed, with nothing known: every check says not assessed.
    expect(resources.filter((r) => r.type === 'aws.opensearch.domain')).toHaveLength(6);
    expect(new Set(Object.entries(v).filter(([k]) => k.startsWith('aws-opensearch-domain-')).map(([, s]) => s))).toEqual(new Set(['not_assessed']));
    expect(['good', 'kms', 'bad'].map((q) => v[`aws-sqs-queue-encrypted-at-rest @ ${q}`])).toEqual(['not_assessed', 'not_assessed', 'not_assessed']);
    expect(v['aws-redshift-cluster-audit-logging @ good']).toBe('not_assessed');
    expect(v['aws-redshift-cluster-encrypted-at-rest @ good']).toBe('pass');
    expect(v['aws-lambda-function-not-public @ good']).toBe('not_assessed');
    expect(v['aws-lambda-function-not-public @ nopolicy']).toBe('not_assessed');
    // Without its tags, whether the notebook holds ePHI is unknown.
    expect(v['aws-sagemaker-notebook-kms-encryption @ bad']).toBe('not_assessed');
  });
});
