import type { Resource } from '../../../src/model/resource.js';
import type { LogMetricFilter, TrailEventSelectors, TrailFieldSelector } from '../../../src/model/types/aws/index.js';
import type { TfResource } from '../model.js';
import { type Reader, readerOf } from '../reader.js';
import { aws, KNOWN_AFTER_APPLY, kmsRef, refOrLiteral } from './aws-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Terraform AWS resources for audit logging: CloudWatch Logs log groups (with their metric
 * filters joined), metric alarms, Security Hub enablement and load balancers (access logs),
 * plus the logging parts of trails and distributions that aws.ts maps. Defaults are the AWS
 * provider's (v5) and are recorded in `source.defaulted`.
 */

export const sortedStrings = (v: readonly string[] | undefined): string[] | undefined => (v === undefined ? undefined : [...v].sort());

/** `event_selector` and `advanced_event_selector` blocks as the model keeps them; undefined when any part is unknown until apply. */
export function trailSelectorsOf(basic: readonly Reader[] | undefined, advanced: readonly Reader[] | undefined): TrailEventSelectors | undefined {
  if (basic === undefined || advanced === undefined) return undefined;
  const b = basic.map((s) => {
    const data = s.blocks('data_resource')?.map((d) => ({ type: d.str('type'), values: d.strings('values') }));
    const rw = s.str('read_write_type', 'All');
    return data === undefined || rw === undefined || rw === null || data.some((d) => typeof d.type !== 'string' || d.values === undefined)
      ? undefined : { readWriteType: rw, dataResources: data.map((d) => ({ type: d.type as string, values: d.values as readonly string[] })) };
  });
  const a = advanced.map((s) => {
    const fields = s.blocks('field_selector')?.map((f): TrailFieldSelector | undefined => {
      const lists = ['equals', 'not_equals', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with'].map((k) => f.strings(k));
      const field = f.str('field');
      if (typeof field !== 'string' || lists.some((l) => l === undefined)) return undefined;
      const [equals, notEquals, startsWith, notStartsWith, endsWith, notEndsWith] = lists as (readonly string[])[];
      return { field, equals: equals ?? [], notEquals: notEquals ?? [], startsWith: startsWith ?? [], notStartsWith: notStartsWith ?? [], endsWith: endsWith ?? [], notEndsWith: notEndsWith ?? [] };
    });
    return fields === undefined || fields.some((f) => f === undefined) ? undefined : { name: s.str('name') ?? null, fieldSelectors: fields as TrailFieldSelector[] };
  });
  if (b.some((x) => x === undefined) || a.some((x) => x === undefined)) return undefined;
  return { basic: b as TrailEventSelectors['basic'], advanced: a as TrailEventSelectors['advanced'] };
}

/** `logging_config` of a distribution: null when absent (standard logging off). */
export function cloudFrontLogging(v: Reader): { bucket: string; prefix: string } | null | undefined {
  const b = v.block('logging_config');
  if (b === undefined || b === null) return b;
  return { bucket: b.str('bucket') ?? KNOWN_AFTER_APPLY, prefix: b.str('prefix') ?? '' };
}

function logGroup(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const filters = ctx.children(r, 'aws_cloudwatch_log_metric_filter', 'log_group_name', ['name']);
  const metricFilters = filters.map((f): LogMetricFilter | undefined => {
    const fv = readerOf(f);
    const pattern = fv.str('pattern');
    const metrics = fv.blocks('metric_transformation')?.map((m) => ({ namespace: m.str('namespace'), name: m.str('name') }));
    if (typeof pattern !== 'string' || metrics === undefined || metrics.some((m) => typeof m.namespace !== 'string' || typeof m.name !== 'string')) return undefined;
    return { name: fv.str('name') ?? f.address, pattern, metrics: metrics as { namespace: string; name: string }[] };
  });
  const retention = v.num('retention_in_days', 0);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v, { related: filters }),
    type: 'aws.logs.log-group',
    name: v.str('name') ?? r.address,
    config: {
      // 0 (the default) keeps events forever.
      retentionInDays: retention === undefined ? undefined : retention === null || retention === 0 ? null : retention,
      kmsKeyId: kmsRef(ctx, r, 'kms_key_id', v.str('kms_key_id')),
      metricFilters: metricFilters.some((f) => f === undefined) ? undefined : (metricFilters as LogMetricFilter[]),
    },
  });
}

function metricAlarm(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const single = { namespace: v.str('namespace'), name: v.str('metric_name') };
  const queries = v.blocks('metric_query')?.map((q) => q.block('metric')).filter((m) => m !== null).map((m) => ({ namespace: m?.str('namespace'), name: m?.str('metric_name') }));
  const all = queries === undefined ? undefined : [...(single.name === null ? [] : [single]), ...queries];
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.cloudwatch.metric-alarm',
    name: v.str('alarm_name') ?? r.address,
    config: {
      metrics: all === undefined || all.some((m) => typeof m.name !== 'string' || typeof m.namespace !== 'string') ? undefined : (all as { namespace: string; name: string }[]),
      actionsEnabled: v.bool('actions_enabled', true) ?? undefined,
      alarmActions: ctx.idsOrRefs(r, 'alarm_actions', ['aws_sns_topic']),
    },
  });
}

function securityHub(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, { ...aws(ctx, r, v), type: 'aws.securityhub.hub', name: `Security Hub (${r.region ?? 'provider region'})`, config: { enabled: true, subscribedAt: null } });
}

function loadBalancer(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const type = v.str('load_balancer_type', 'application');
  const internal = v.bool('internal', false);
  const logs = v.block('access_logs');
  const on = logs === null ? false : logs?.bool('enabled', false);
  return iacResource(ctx, r, {
    ...aws(ctx, r, v),
    type: 'aws.elbv2.load-balancer',
    name: v.str('name') ?? r.address,
    config: {
      type: type === 'application' || type === 'network' || type === 'gateway' ? type : undefined,
      scheme: internal === undefined || internal === null ? undefined : internal ? 'internal' : 'internet-facing',
      accessLogs: on === undefined || on === null ? undefined : on && logs ? { bucket: refOrLiteral(ctx, r, 'access_logs.bucket', ['aws_s3_bucket'], logs.str('bucket')) ?? KNOWN_AFTER_APPLY, prefix: logs.str('prefix') ?? '' } : null,
    },
  });
}

export const AWS_LOGGING_MAPPERS = {
  aws_cloudwatch_log_group: logGroup,
  aws_cloudwatch_metric_alarm: metricAlarm,
  aws_securityhub_account: securityHub,
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
};

export const AWS_LOGGING_JOINED: Readonly<Record<string, string>> = {
  aws_cloudwatch_log_metric_filter: 'aws_cloudwatch_log_group',
};
