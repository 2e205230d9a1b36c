import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { ALARMS } from '../../../checks/aws/cloudwatch/_alarm.js';
import { createAwsCollector } from '../../../providers/aws/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { CollectEvent } from '../../../src/model/collect.js';
import type { Resource } from '../../../src/model/resource.js';
import { startAwsSimulator, type AwsSimulator, type AwsSimulatorOptions } from '../../../src/simulator/aws/server.js';
import { accessKeyFor, type AwsWorld } from '../../../src/simulator/aws/world.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const A = '444455556666';
const GROUP = 'cloudtrail-events';
const GROUP_ARN = `arn:aws:logs:us-east-1:${A}:log-group:${GROUP}`;
const TRAIL = `arn:aws:cloudtrail:us-east-1:${A}:trail/main`;
const LB = `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/app/web/1`;
const TOPIC = `arn:aws:sns:us-east-1:${A}:security`;

/** One account: a logging trail with data events for one ePHI bucket into CloudWatch Logs, CIS filters for root use only, Security Hub in us-east-1 only. */
function world(): AwsWorld {
  const base = { ecr: {}, lambda: {} };
  return {
    accounts: [{
      id: A,
      regions: {
        'us-east-1': {
          ...base,
          cloudtrail: {
            trails: [{
              Name: 'main', TrailARN: TRAIL, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, IsOrganizationTrail: false, LogFileValidationEnabled: true, S3BucketName: 'trail-bucket', IncludeGlobalServiceEvents: true,
              CloudWatchLogsLogGroupArn: `${GROUP_ARN}:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${A}:role/trail`, isLogging: true,
              status: { LatestCloudWatchLogsDeliveryTime: '2026-10-31T23:55:00Z' },
              selectors: {
                AdvancedEventSelectors: [
                  { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
                  { Name: 'phi objects', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::phi-records/'] }] },
                ],
              },
            }],
          },
          logs: {
            logGroups: [
              { logGroupName: GROUP, retentionInDays: 400, kmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`, creationTime: 1700000000000 },
              { logGroupName: '/aws/lambda/scratch', retentionInDays: 7, creationTime: 1700000000000 },
            ],
            metricFilters: [{ filterName: 'root', logGroupName: GROUP, filterPattern: ALARMS['root-account-usage'].pattern, metricTransformations: [{ metricName: 'RootUse', metricNamespace: 'CIS', metricValue: '1' }] }],
          },
          cloudwatch: {
            alarms: [{ AlarmName: 'root-use', AlarmArn: `arn:aws:cloudwatch:us-east-1:${A}:alarm:root-use`, MetricName: 'RootUse', Namespace: 'CIS', ActionsEnabled: true, AlarmActions: [TOPIC], StateValue: 'OK', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }],
          },
          sns: { topics: [{ TopicArn: TOPIC, attributes: { SubscriptionsConfirmed: '2' } }] },
          securityhub: { HubArn: `arn:aws:securityhub:us-east-1:${A}:hub/default`, SubscribedAt: '2025-03-01T00:00:00.000Z' },
          elbv2: {
            loadBalancers: [{ LoadBalancerArn: LB, LoadBalancerName: 'web', Scheme: 'internet-facing', Type: 'application', VpcId: 'vpc-1' }],
            attributes: { [LB]: [{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'access_logs.s3.bucket', Value: 'lb-logs' }, { Key: 'access_logs.s3.prefix', Value: 'web' }] },
          },
          rds: { instances: [{ DBInstanceIdentifier: 'db1', DBInstanceArn: `arn:aws:rds:us-east-1:${A}:db:db1`, Engine: 'postgres', EngineVersion: '16.4', EnabledCloudwatchLogsExports: ['postgresql'], TagList: [{ Key: 'phi', Value: 'true' }] }] },
          dynamodb: { tables: [{ TableName: 'patients', TableArn: `arn:aws:dynamodb:us-east-1:${A}:table/patients`, TableStatus: 'ACTIVE', Tags: [{ Key: 'phi', Value: 'true' }] }] },
        },
        'eu-west-1': { ...base },
      },
      s3: {
        buckets: [
          { Name: 'phi-records', Region: 'us-east-1', tags: { phi: 'true' }, logging: { TargetBucket: 'logs', TargetPrefix: 'phi/' } },
          { Name: 'phi-archive', Region: 'us-east-1', tags: { phi: 'true' } },
        ],
      },
      cloudfront: {
        distributions: [
          { Id: 'ELEGACY', DomainName: 'd1.cloudfront.net', DistributionConfig: { CallerReference: 'a', Comment: '', Enabled: true, Origins: { Quantity: 0, Items: [] }, DefaultCacheBehavior: { TargetOriginId: 'x', ViewerProtocolPolicy: 'https-only' }, Logging: { Enabled: true, IncludeCookies: false, Bucket: 'cf-logs.s3.amazonaws.com', Prefix: 'cf/' } } },
          { Id: 'EV2', DomainName: 'd2.cloudfront.net', DistributionConfig: { CallerReference: 'b', Comment: '', Enabled: true, Origins: { Quantity: 0, Items: [] }, DefaultCacheBehavior: { TargetOriginId: 'x', ViewerProtocolPolicy: 'https-only' }, Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } } },
          { Id: 'ENONE', DomainName: 'd3.cloudfront.net', DistributionConfig: { CallerReference: 'c', Comment: '', Enabled: true, Origins: { Quantity: 0, Items: [] }, DefaultCacheBehavior: { TargetOriginId: 'x', ViewerProtocolPolicy: 'https-only' }, Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } } },
        ],
      },
    }],
  };
}

function withV2Delivery(w: AwsWorld): AwsWorld {
  const [acct] = w.accounts;
  if (!acct) return w;
  const east = acct.regions['us-east-1'] ?? {};
  const logs = { ...east.logs, deliverySources: [{ name: 'cf-ev2', resourceArns: [`arn:aws:cloudfront::${A}:distribution/EV2`], service: 'cloudfront', logType: 'ACCESS_LOGS' }], deliveries: [{ id: 'd-1', deliverySourceName: 'cf-ev2', deliveryDestinationArn: `arn:aws:logs:us-east-1:${A}:delivery-destination:cw` }] };
  return { accounts: [{ ...acct, regions: { ...acct.regions, 'us-east-1': { ...east, logs } } }] };
}

const sims: AwsSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function scan(w: AwsWorld, sim: Partial<AwsSimulatorOptions> = {}) {
  const s = await startAwsSimulator({ world: w, ...sim });
  sims.push(s);
  const collector = createAwsCollector({ regions: ['us-east-1', 'eu-west-1'] }, { endpoint: s.endpoint, credentials: { accessKeyId: accessKeyFor(A), secretAccessKey: 'test' }, requestTimeoutMs: 5000 });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined })) events.push(e);
  const resources = events.flatMap((e) => (e.kind === 'resource' ? [e.resource] : []));
  const gaps = events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : []));
  const result = evaluate(resources, gaps, AWS_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
  const status = (check: string, id: string) => result.findings.find((f) => f.checkId === check && f.resource.id === id)?.status;
  return { sim: s, resources, gaps, status, byId: (id: string) => resources.find((r) => r.id === id) as Resource };
}

describe('AWS audit logging, live path end to end against the simulator', () => {
  it('collects trails, log groups, filters, alarms, hubs and access-log settings, and the checks decide on them', async () => {
    const { byId, status, gaps, sim } = await scan(withV2Delivery(world()));
    expect(gaps).toEqual([]);
    expect(byId(TRAIL).config).toMatchObject({ cloudWatchLogsLogGroupArn: GROUP_ARN, latestCloudWatchLogsDeliveryTime: '2026-10-31T23:55:00.000Z', latestCloudWatchLogsDeliveryError: null, dataEvents: true });
    expect(byId(GROUP_ARN).config).toEqual({ retentionInDays: 400, kmsKeyId: `arn:aws:kms:us-east-1:${A}:key/k1`, metricFilters: [{ name: 'root', pattern: ALARMS['root-account-usage'].pattern, metrics: [{ namespace: 'CIS', name: 'RootUse' }] }] });
    expect(byId(`arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/scratch`).config).toEqual({ retentionInDays: 7, kmsKeyId: null, metricFilters: [] });
    expect(byId(LB).config).toEqual({ type: 'application', scheme: 'internet-facing', accessLogs: { bucket: 'lb-logs', prefix: 'web' } });
    expect(byId(TOPIC).config).toMatchObject({ subscriptionsConfirmed: 2 });

    const summary = `arn:aws:cloudtrail::${A}:account-trails`;
    expect(status('aws-cloudtrail-trail-cloudwatch-logs', TRAIL)).toBe('pass');
    expect(status('aws-cloudtrail-ephi-bucket-data-events', 'arn:aws:s3:::phi-records')).toBe('pass');
    expect(status('aws-cloudtrail-ephi-bucket-data-events', 'arn:aws:s3:::phi-archive')).toBe('fail');
    expect(status('aws-cloudtrail-ephi-table-data-events', `arn:aws:dynamodb:us-east-1:${A}:table/patients`)).toBe('fail');
    expect(status('aws-cloudwatch-alarm-root-account-usage', summary)).toBe('pass');
    expect(status('aws-cloudwatch-alarm-vpc-changes', summary)).toBe('fail');
    expect(status('aws-logs-log-group-retention', GROUP_ARN)).toBe('pass');
    expect(status('aws-logs-log-group-retention', `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/scratch`)).toBe('fail');
    expect(status('aws-logs-log-group-kms-encryption', GROUP_ARN)).toBe('pass');
    expect(status('aws-s3-bucket-access-logging', 'arn:aws:s3:::phi-records')).toBe('pass');
    expect(status('aws-s3-bucket-access-logging', 'arn:aws:s3:::phi-archive')).toBe('fail');
    expect(status('aws-elbv2-load-balancer-access-logging', LB)).toBe('pass');
    expect(status('aws-rds-instance-log-exports', `arn:aws:rds:us-east-1:${A}:db:db1`)).toBe('fail');
    expect(status('aws-securityhub-account-enabled', `arn:aws:securityhub:us-east-1:${A}:hub/default`)).toBe('pass');
    expect(status('aws-securityhub-account-enabled', `arn:aws:securityhub:eu-west-1:${A}:hub/default`)).toBe('fail');
    expect(status('aws-cloudfront-distribution-access-logging', `arn:aws:cloudfront::${A}:distribution/ELEGACY`)).toBe('pass');
    expect(status('aws-cloudfront-distribution-access-logging', `arn:aws:cloudfront::${A}:distribution/EV2`)).toBe('pass');
    expect(status('aws-cloudfront-distribution-access-logging', `arn:aws:cloudfront::${A}:distribution/ENONE`)).toBe('fail');

    // Cheap: metric filters only where a group counts some, one v2 delivery lookup per account, no per-group calls.
    const ops = (op: string) => sim.calls.filter((c) => c.operation === op).length;
    expect([ops('DescribeLogGroups'), ops('DescribeMetricFilters'), ops('DescribeAlarms'), ops('DescribeHub'), ops('DescribeDeliverySources'), ops('DescribeDeliveries')]).toEqual([2, 1, 2, 2, 1, 1]);
  }, 30_000);

  it('turns denied reads into gaps and not_assessed, never pass or fail', async () => {
    const { status, gaps } = await scan(world(), {
      faults: [
        { kind: 'AccessDenied', service: 'logs', operation: 'DescribeMetricFilters' },
        { kind: 'AccessDenied', service: 'securityhub', operation: 'DescribeHub' },
        { kind: 'AccessDenied', service: 'logs', operation: 'DescribeDeliverySources' },
        { kind: 'AccessDenied', service: 'elasticloadbalancing', operation: 'DescribeLoadBalancerAttributes' },
        { kind: 'AccessDenied', service: 's3', operation: 'GetBucketLogging' },
        { kind: 'AccessDenied', service: 'cloudtrail', operation: 'GetEventSelectors' },
      ],
    });
    expect(gaps.map((g) => `${g.service}:${g.operation}`).sort()).toEqual(expect.arrayContaining(['logs:DescribeMetricFilters', 'securityhub:DescribeHub', 'logs:DescribeDeliverySources', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 's3:GetBucketLogging', 'cloudtrail:GetEventSelectors']));
    const summary = `arn:aws:cloudtrail::${A}:account-trails`;
    expect(status('aws-cloudwatch-alarm-root-account-usage', summary)).toBe('not_assessed');
    expect(status('aws-securityhub-account-enabled', `arn:aws:securityhub:us-east-1:${A}:hub/default`)).toBe('not_assessed');
    expect(status('aws-cloudfront-distribution-access-logging', `arn:aws:cloudfront::${A}:distribution/ENONE`)).toBe('not_assessed');
    expect(status('aws-elbv2-load-balancer-access-logging', LB)).toBe('not_assessed');
    expect(status('aws-s3-bucket-access-logging', 'arn:aws:s3:::phi-records')).toBe('not_assessed');
    expect(status('aws-cloudtrail-ephi-bucket-data-events', 'arn:aws:s3:::phi-records')).toBe('not_assessed');
  }, 30_000);
});
