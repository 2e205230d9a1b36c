import { paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { paginateDescribeDeliveries, paginateDescribeDeliverySources, paginateDescribeLogGroups, paginateDescribeMetricFilters } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeLoadBalancerAttributesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeHubCommand } from '@aws-sdk/client-securityhub';
import type { LoadBalancerConfig, LogMetricFilter, MetricAlarmConfig, TrailEventSelectors, TrailFieldSelector } from '../../../src/model/types/aws/index.js';
import { arr, bool, iso, num, obj, str, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as unknown[]).flatMap((x) => str(x) ?? []) : []);

/** GetEventSelectors' answer as the model keeps it (basic or advanced selectors). */
export function trailSelectors(r: Raw): TrailEventSelectors {
  return {
    basic: arr(r.EventSelectors).map((s) => ({
      readWriteType: str(s.ReadWriteType) ?? 'All',
      dataResources: arr(s.DataResources).map((d) => ({ type: str(d.Type) ?? '', values: strings(d.Values) })),
    })),
    advanced: arr(r.AdvancedEventSelectors).map((s) => ({
      name: str(s.Name) ?? null,
      fieldSelectors: arr(s.FieldSelectors).map((f): TrailFieldSelector => ({
        field: str(f.Field) ?? '', equals: strings(f.Equals), notEquals: strings(f.NotEquals), startsWith: strings(f.StartsWith), notStartsWith: strings(f.NotStartsWith),
        endsWith: strings(f.EndsWith), notEndsWith: strings(f.NotEndsWith),
      })),
    })),
  };
}

/** A log group ARN as phiscan names the resource: DescribeLogGroups' `arn` and trails' `CloudWatchLogsLogGroupArn` end in `:*`. */
export const logGroupId = (arn: string): string => arn.replace(/:\*$/, '');

/**
 * Log groups of a region (retention, KMS key) with their metric filters, and the region's metric
 * alarms. DescribeMetricFilters is called only when some group has filters (`metricFilterCount`).
 */
export async function collectLogs(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const logs = u.client('logs');
  const GROUPS = ['aws.logs.log-group'] as const;
  const [groups] = await Promise.all([
    u.call('logs', 'DescribeLogGroups', GROUPS, () => drain(paginateDescribeLogGroups({ client: logs, pageSize: 50 }, {}), (r) => raw(r.logGroups), u.signal)),
    collectAlarms(u),
  ]);
  if (!groups) return;
  const counted = (g: Raw) => num(g.metricFilterCount);
  const needFilters = groups.some((g) => counted(g) !== 0);
  // A failed filter listing leaves `metricFilters` unknown (the alarm checks say not assessed); retention and keys stay known.
  const filters = needFilters ? await u.call('logs', 'DescribeMetricFilters', [], () => drain(paginateDescribeMetricFilters({ client: logs, pageSize: 50 }, {}), (r) => raw(r.metricFilters), u.signal)) : [];
  const byGroup = new Map<string, LogMetricFilter[]>();
  for (const f of filters ?? []) {
    const name = str(f.logGroupName) ?? '';
    const list = byGroup.get(name) ?? [];
    list.push({
      name: str(f.filterName) ?? '', pattern: str(f.filterPattern) ?? '',
      metrics: arr(f.metricTransformations).map((m) => ({ namespace: str(m.metricNamespace) ?? '', name: str(m.metricName) ?? '' })),
    });
    byGroup.set(name, list);
  }
  for (const g of groups) {
    const name = str(g.logGroupName) ?? '';
    const id = logGroupId(str(g.arn) ?? `arn:aws:logs:${region}:${account}:log-group:${name}`);
    u.emit({
      provider: 'aws', type: 'aws.logs.log-group', id, name, account, region, tags: undefined,
      config: {
        retentionInDays: num(g.retentionInDays) ?? null,
        kmsKeyId: str(g.kmsKeyId) ?? null,
        // A group that counts no filters has none, whether or not the filter listing was read.
        metricFilters: counted(g) === 0 ? [] : filters ? (byGroup.get(name) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : undefined,
      },
      source: { kind: 'live', api: 'logs:DescribeLogGroups' },
    });
  }
}

export function metricAlarmConfig(a: Raw): MetricAlarmConfig {
  const single = str(a.MetricName) ? [{ namespace: str(a.Namespace) ?? '', name: str(a.MetricName) ?? '' }] : [];
  const math = arr(a.Metrics).flatMap((m) => {
    const metric = obj(obj(m.MetricStat).Metric);
    return str(metric.MetricName) ? [{ namespace: str(metric.Namespace) ?? '', name: str(metric.MetricName) ?? '' }] : [];
  });
  return { metrics: [...single, ...math], actionsEnabled: bool(a.ActionsEnabled), alarmActions: strings(a.AlarmActions).sort() };
}

async function collectAlarms(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const cw = u.client('cloudwatch');
  const alarms = await u.call('cloudwatch', 'DescribeAlarms', ['aws.cloudwatch.metric-alarm'], () => drain(paginateDescribeAlarms({ client: cw, pageSize: 100 }, { AlarmTypes: ['MetricAlarm'] }), (r) => raw(r.MetricAlarms), u.signal));
  for (const a of alarms ?? []) {
    const name = str(a.AlarmName) ?? '';
    u.emit({
      provider: 'aws', type: 'aws.cloudwatch.metric-alarm', id: str(a.AlarmArn) ?? `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`, name, account, region, tags: undefined,
      config: metricAlarmConfig(a), source: { kind: 'live', api: 'cloudwatch:DescribeAlarms' },
    });
  }
}

/** Security Hub of the region: DescribeHub, where InvalidAccessException means the account is not subscribed. */
export async function collectSecurityHub(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const hub = await u.call('securityhub', 'DescribeHub', ['aws.securityhub.hub'], () => u.client('securityhub').send(new DescribeHubCommand({})), ['InvalidAccessException']);
  u.emit({
    provider: 'aws', type: 'aws.securityhub.hub', id: hub?.HubArn ?? `arn:aws:securityhub:${region}:${account}:hub/default`, name: `Security Hub (${region})`, account, region, tags: {},
    config: { enabled: hub === undefined ? undefined : hub !== null, subscribedAt: hub === undefined ? undefined : hub === null ? null : (iso(hub.SubscribedAt) ?? null) },
    source: { kind: 'live', api: 'securityhub:DescribeHub' },
  });
}

/**
 * Standard logging v2 of CloudFront distributions: an ACCESS_LOGS delivery source (CloudWatch
 * Logs, us-east-1) naming the distribution, with at least one delivery. Per distribution ARN:
 * true, false, or undefined when the listings could not be read.
 */
export async function cloudFrontLogDeliveries(u: UnitContext, arns: readonly string[]): Promise<Map<string, boolean | undefined>> {
  const out = new Map<string, boolean | undefined>();
  if (arns.length === 0) return out;
  const logs = u.client('logs', 'us-east-1');
  // A failed listing leaves `loggingV2` unknown (the access-logging check says not assessed) and hides nothing else.
  const [sources, deliveries] = await Promise.all([
    u.call('logs', 'DescribeDeliverySources', [], () => drain(paginateDescribeDeliverySources({ client: logs, pageSize: 50 }, {}), (r) => raw(r.deliverySources), u.signal)),
    u.call('logs', 'DescribeDeliveries', [], () => drain(paginateDescribeDeliveries({ client: logs, pageSize: 50 }, {}), (r) => raw(r.deliveries), u.signal)),
  ]);
  const delivered = new Set((deliveries ?? []).map((d) => str(d.deliverySourceName)));
  for (const arn of arns) {
    out.set(arn, !sources || !deliveries ? undefined : sources.some((s) => str(s.logType) === 'ACCESS_LOGS' && strings(s.resourceArns).includes(arn) && delivered.has(str(s.name))));
  }
  return out;
}

/** A DescribeLoadBalancers item and its attributes (`Key`/`Value` pairs; undefined when unread). */
export function loadBalancerConfig(lb: Raw, attributes: readonly Raw[] | undefined): LoadBalancerConfig {
  const type = str(lb.Type);
  const scheme = str(lb.Scheme);
  const attr = (k: string) => str(attributes?.find((a) => str(a.Key) === k)?.Value);
  const enabled = attributes === undefined ? undefined : attr('access_logs.s3.enabled');
  return {
    type: type === 'application' || type === 'network' || type === 'gateway' ? type : undefined,
    scheme: scheme === 'internet-facing' || scheme === 'internal' ? scheme : undefined,
    // A missing attribute is the default: off.
    accessLogs: attributes === undefined ? undefined : enabled === 'true' ? { bucket: attr('access_logs.s3.bucket') ?? '', prefix: attr('access_logs.s3.prefix') ?? '' } : null,
  };
}

/** One load balancer resource: DescribeLoadBalancerAttributes for its access-log settings (Gateway Load Balancers have none). */
export async function loadBalancerAttributes(u: UnitContext, lb: Raw): Promise<void> {
  const { account, region } = u.unit;
  const arn = str(lb.LoadBalancerArn) ?? '';
  const gateway = str(lb.Type) === 'gateway';
  const attrs = gateway ? [] : await u.call('elasticloadbalancing', 'DescribeLoadBalancerAttributes', ['aws.elbv2.load-balancer'], () => u.client('elbv2').send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })));
  u.emit({
    provider: 'aws', type: 'aws.elbv2.load-balancer', id: arn, name: str(lb.LoadBalancerName) ?? arn, account, region, tags: undefined,
    config: loadBalancerConfig(lb, Array.isArray(attrs) ? attrs : attrs ? raw(attrs.Attributes) : undefined), source: { kind: 'live', api: 'elasticloadbalancing:DescribeLoadBalancerAttributes' },
  });
}
