import { defineCheck, fail, notAssessed, pass, type Check } from '../../../src/engine/check-api.js';
import type { Resource } from '../../../src/model/resource.js';
import { inProject, unreadTypes } from '../_shared.js';

/**
 * One implementation for the CIS "log metric filter and alert" recommendations: a project passes
 * when a logs-based metric whose filter has every term of the CIS filter feeds an enabled alert
 * policy (or an enabled log-match alert policy has those terms itself). Terms are compared as
 * Prowler does (the filter contains them, whatever else it adds), after collapsing whitespace,
 * quotes and case, so `methodName = "X"` and `methodName="X"` match alike.
 */
export interface AlertSpec {
  readonly id: string;
  readonly title: string;
  /** What the alert watches, for messages ("project ownership changes"). */
  readonly watches: string;
  readonly why: string;
  readonly cis: string;
  readonly prowler: string;
  /** The CIS filter, as documented (also the remediation filter). */
  readonly filter: string;
  /** Terms every matching filter must contain. */
  readonly terms: readonly string[];
}

export function normalizeFilter(f: string): string {
  return f.toLowerCase().replace(/["']/g, '').replace(/\s+/g, ' ').replace(/\s*([=:<>!]+)\s*/g, '$1').trim();
}

export function filterHasTerms(filter: string, terms: readonly string[]): boolean {
  const f = normalizeFilter(filter);
  return terms.every((t) => f.includes(normalizeFilter(t)));
}

/** Does an alert condition's filter or query name this metric type (`metric.type="logging.googleapis.com/user/X"`, MQL or PromQL)? */
function namesMetric(filter: string, metricType: string): boolean {
  const f = filter.toLowerCase();
  const t = metricType.toLowerCase();
  const promql = t.replace(/^logging\.googleapis\.com\//, 'logging_googleapis_com:').replace(/\//g, '_');
  return [t, promql].some((needle) => {
    for (let i = f.indexOf(needle); i >= 0; i = f.indexOf(needle, i + 1)) if (!/[\w./-]/.test(f[i + needle.length] ?? '')) return true;
    return false;
  });
}

export function alertCheck(spec: AlertSpec): Check<'gcp.resourcemanager.project'> {
  return defineCheck({
    meta: {
      id: spec.id,
      title: spec.title,
      severity: 'medium',
      provider: 'gcp',
      service: 'logging',
      resourceTypes: ['gcp.resourcemanager.project'],
      requirements: ['audit-logging'],
      currentRule: [],
      currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)', '45 CFR 164.312(b)'],
      rationale: `${spec.why} The NPRM would require technical controls that monitor activity in real time and alert workforce members (proposed 164.312(d)); Cloud Audit Logs record these changes, but only a logs-based metric with an alert policy (or a log-match alert) tells someone when they happen. Matches ${spec.cis} and Prowler's ${spec.prowler}: the metric filter must contain every term of the CIS filter, and an enabled alert policy in the same project must watch that metric.`,
      remediation: {
        summary: `Create a logs-based metric with the CIS filter for ${spec.watches} and an alert policy on it that notifies a channel someone watches.`,
        console: 'Logging > Logs-based Metrics > Create metric (Counter) with the filter below; then Monitoring > Alerting > Create policy on logging/user/METRIC, threshold > 0, with a notification channel.',
        cli: `gcloud logging metrics create METRIC --description="${spec.watches}" --log-filter='${spec.filter}'\ngcloud alpha monitoring policies create --policy-from-file=policy.json  # condition: metric.type="logging.googleapis.com/user/METRIC" > 0`,
        terraform: `resource "google_logging_metric" "m" {\n  name   = "METRIC"\n  filter = <<-EOT\n    ${spec.filter}\n  EOT\n  metric_descriptor {\n    metric_kind = "DELTA"\n    value_type  = "INT64"\n  }\n}\n\nresource "google_monitoring_alert_policy" "a" {\n  display_name          = "${spec.watches}"\n  combiner              = "OR"\n  notification_channels = [var.channel]\n  conditions {\n    display_name = "${spec.watches}"\n    condition_threshold {\n      filter          = "metric.type=\\"logging.googleapis.com/user/\${google_logging_metric.m.name}\\" AND resource.type=\\"global\\""\n      comparison      = "COMPARISON_GT"\n      threshold_value = 0\n      duration        = "0s"\n    }\n  }\n}`,
      },
      references: ['https://cloud.google.com/logging/docs/logs-based-metrics', 'https://cloud.google.com/monitoring/alerts/using-alerting-ui', 'https://www.cisecurity.org/benchmark/google_cloud_computing_platform'],
    },
    lookups: { types: ['gcp.logging.metric', 'gcp.monitoring.alert-policy'] },
    evaluate(project, ctx) {
      const metrics = inProject(project, ctx.inventory, 'gcp.logging.metric');
      const policies = inProject(project, ctx.inventory, 'gcp.monitoring.alert-policy');
      const matching = metrics.filter((m) => m.config.disabled !== true && m.config.filter !== undefined && filterHasTerms(m.config.filter, spec.terms));
      const unknownMetrics = metrics.filter((m) => m.config.filter === undefined || m.config.disabled === undefined).map((m) => m.id);
      const watching = (m: Resource<'gcp.logging.metric'>) => policies.filter((p) => m.config.metricType !== undefined && (p.config.conditionFilters ?? []).some((f) => namesMetric(f, m.config.metricType ?? '')));
      const logMatch = policies.filter((p) => (p.config.logMatchFilters ?? []).some((f) => filterHasTerms(f, spec.terms)));
      const candidates = [...matching.flatMap((m) => watching(m).map((p) => ({ metric: m.id, policy: p }))), ...logMatch.map((p) => ({ metric: null, policy: p }))];
      const enabled = candidates.find((c) => c.policy.config.enabled === true);
      const ev = (extra: Record<string, unknown> = {}) => ['alerting', { matchingMetrics: matching.map((m) => m.id), alertPolicies: candidates.map((c) => ({ policy: c.policy.id, metric: c.metric, enabled: c.policy.config.enabled })), ...extra }] as const;
      if (enabled) return pass(`${enabled.metric ? `metric ${enabled.metric.slice(enabled.metric.lastIndexOf('/') + 1)} feeds` : 'log-match'} alert policy ${enabled.policy.config.displayName ?? enabled.policy.id} (enabled)`, ev());
      const gaps = unreadTypes(project, ctx, ['gcp.logging.metric', 'gcp.monitoring.alert-policy']);
      if (gaps.length > 0) return notAssessed(`logs-based metrics or alert policies could not be read: ${gaps.join('; ')}`, ev({ gaps }));
      const unknownPolicies = candidates.filter((c) => c.policy.config.enabled === undefined).map((c) => c.policy.id);
      if (unknownPolicies.length > 0) return notAssessed(`an alert policy watches ${spec.watches}, but whether it is enabled was not reported`, ev({ unknownPolicies }));
      const unknownConditions = policies.filter((p) => p.config.conditionFilters === undefined || p.config.logMatchFilters === undefined).map((p) => p.id);
      if (matching.length === 0 && unknownMetrics.length > 0) return notAssessed(`no metric filter visibly covers ${spec.watches}; ${unknownMetrics.length} metric(s) have a filter that is not known`, ev({ unknownMetrics }));
      if (matching.length > 0 && candidates.length === 0 && unknownConditions.length > 0) return notAssessed(`a metric covers ${spec.watches}, and ${unknownConditions.length} alert policy condition(s) are not known`, ev({ unknownConditions }));
      if (project.source.kind === 'iac') return notAssessed(`the configuration declares no metric and enabled alert for ${spec.watches}; the project exists before it and may have them (scan the project live)`, ev());
      if (matching.length === 0 && logMatch.length === 0) return fail(`no logs-based metric (of ${metrics.length}) has the CIS filter for ${spec.watches}`, ev({ metricCount: metrics.length }));
      if (candidates.length === 0) return fail(`metric ${matching.map((m) => m.name).join(', ')} covers ${spec.watches}, but no alert policy watches it`, ev());
      return fail(`every alert policy on ${spec.watches} is disabled`, ev());
    },
  });
}
