import { defineResourceType } from '../registry.js';

/** A Cloud Monitoring alert policy (CAI `monitoring.googleapis.com/AlertPolicy`). */
export interface MonitoringAlertPolicyConfig {
  readonly displayName: string | undefined;
  /** A BoolValue: the API says not to assume a state when it is absent (undefined). */
  readonly enabled: boolean | undefined;
  /** Each condition's filter or query (threshold, absence, MQL, PromQL and log-match conditions). */
  readonly conditionFilters: readonly string[] | undefined;
  /** Filters of log-match conditions (alerting on log entries directly, without a metric). */
  readonly logMatchFilters: readonly string[] | undefined;
  readonly notificationChannels: readonly string[] | undefined;
}

export const MONITORING_ALERT_POLICY = defineResourceType({
  type: 'gcp.monitoring.alert-policy',
  provider: 'gcp',
  title: 'Cloud Monitoring alert policy',
  native: { cai: 'monitoring.googleapis.com/AlertPolicy', terraform: ['google_monitoring_alert_policy'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.monitoring.alert-policy': MonitoringAlertPolicyConfig;
  }
}
