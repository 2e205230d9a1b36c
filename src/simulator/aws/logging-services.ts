import { page } from './paging.js';
import { num, regionOf, SimError, str, type CallContext, type Handler } from './services.js';
import type { Item } from './world.js';

/** CloudWatch Logs, CloudWatch alarms and Security Hub of the simulated world (read operations the collector uses). */

const logsOf = (c: CallContext) => regionOf(c).logs ?? {};

function listed(c: CallContext, key: string, items: readonly Item[], outKey: string, tokenKey: string, limitKey: string, max: number, nextKey = tokenKey): Item {
  const p = page(items, `${c.account.id}/${c.region}/${key}`, str(c.input[tokenKey]), num(c.input[limitKey]), c.pageSize(max));
  return { [outKey]: p.items, [nextKey]: p.next };
}

export const LOGS: Record<string, Handler> = {
  DescribeLogGroups: (c) => {
    const filters = logsOf(c).metricFilters ?? [];
    const groups = (logsOf(c).logGroups ?? []).map((g) => ({
      ...g, arn: g.arn ?? `arn:aws:logs:${c.region}:${c.account.id}:log-group:${String(g.logGroupName)}:*`, metricFilterCount: filters.filter((f) => f.logGroupName === g.logGroupName).length,
    }));
    return listed(c, 'log-groups', groups, 'logGroups', 'nextToken', 'limit', 50);
  },
  DescribeMetricFilters: (c) => {
    const group = str(c.input.logGroupName);
    return listed(c, `metric-filters/${group ?? ''}`, (logsOf(c).metricFilters ?? []).filter((f) => group === undefined || f.logGroupName === group), 'metricFilters', 'nextToken', 'limit', 50);
  },
  DescribeDeliverySources: (c) => listed(c, 'delivery-sources', logsOf(c).deliverySources ?? [], 'deliverySources', 'nextToken', 'limit', 50),
  DescribeDeliveries: (c) => listed(c, 'deliveries', logsOf(c).deliveries ?? [], 'deliveries', 'nextToken', 'limit', 50),
};

export const CLOUDWATCH: Record<string, Handler> = {
  DescribeAlarms: (c) => {
    const types = Array.isArray(c.input.AlarmTypes) ? (c.input.AlarmTypes as unknown[]) : [];
    const metric = types.length === 0 || types.includes('MetricAlarm') ? regionOf(c).cloudwatch?.alarms ?? [] : [];
    return { ...listed(c, 'alarms', metric, 'MetricAlarms', 'NextToken', 'MaxRecords', 100), CompositeAlarms: [] };
  },
};

export const SECURITYHUB: Record<string, Handler> = {
  DescribeHub: (c) => {
    const hub = regionOf(c).securityhub;
    if (!hub) throw new SimError(401, 'InvalidAccessException', `Account ${c.account.id} is not subscribed to AWS Security Hub`);
    return { HubArn: hub.HubArn, SubscribedAt: hub.SubscribedAt, AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' };
  },
};
