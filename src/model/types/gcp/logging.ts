import { defineResourceType } from '../registry.js';

/** A log sink (CAI `logging.googleapis.com/LogSink`) on a project, folder or organization. */
export interface LoggingSinkConfig {
  /** Where the sink is set: `projects/N`, `folders/N`, `organizations/N` (or `projects/ID`). */
  readonly owner: string | undefined;
  /** `storage.googleapis.com/BUCKET`, `logging.googleapis.com/projects/P/locations/L/buckets/B`, `bigquery.googleapis.com/...`, `pubsub.googleapis.com/...`. */
  readonly destination: string | undefined;
  /** phiscan id of the destination resource (a Cloud Storage or Cloud Logging bucket); null = another kind of destination. */
  readonly destinationId: string | null | undefined;
  /** The inclusion filter; '' = every log entry. */
  readonly filter: string | undefined;
  readonly disabled: boolean | undefined;
  /** Folder and organization sinks: also routes the logs of every project below. */
  readonly includeChildren: boolean | undefined;
  /** Exclusion filters that are not disabled; [] = none. */
  readonly exclusions: readonly string[] | undefined;
}

/** A Cloud Logging bucket (CAI `logging.googleapis.com/LogBucket`). */
export interface LoggingBucketConfig {
  readonly retentionDays: number | undefined;
  /** A locked bucket's retention can no longer be reduced and the bucket cannot be deleted. */
  readonly locked: boolean | undefined;
  readonly lifecycleState: string | undefined;
}

/** A logs-based metric (CAI `logging.googleapis.com/LogMetric`). */
export interface LoggingMetricConfig {
  readonly filter: string | undefined;
  readonly disabled: boolean | undefined;
  /** The metric type alert policies name: `logging.googleapis.com/user/NAME`. */
  readonly metricType: string | undefined;
}

/** A sink destination -> the full resource name of the bucket it names; null for BigQuery, Pub/Sub and others. */
export function sinkDestinationId(destination: string): string | null {
  const storage = /^storage\.googleapis\.com\/([^/]+)$/.exec(destination);
  if (storage) return `//storage.googleapis.com/${storage[1]}`;
  if (/^logging\.googleapis\.com\/(projects|folders|organizations|billingAccounts)\/[^/]+\/locations\/[^/]+\/buckets\/[^/]+$/.test(destination)) return `//${destination}`;
  return null;
}

export const LOGGING_SINK = defineResourceType({
  type: 'gcp.logging.sink',
  provider: 'gcp',
  title: 'Cloud Logging sink',
  native: { cai: 'logging.googleapis.com/LogSink', terraform: ['google_logging_project_sink', 'google_logging_folder_sink', 'google_logging_organization_sink'] },
});

export const LOGGING_BUCKET = defineResourceType({
  type: 'gcp.logging.bucket',
  provider: 'gcp',
  title: 'Cloud Logging bucket',
  native: { cai: 'logging.googleapis.com/LogBucket', terraform: ['google_logging_project_bucket_config'] },
});

export const LOGGING_METRIC = defineResourceType({
  type: 'gcp.logging.metric',
  provider: 'gcp',
  title: 'Logs-based metric',
  native: { cai: 'logging.googleapis.com/LogMetric', terraform: ['google_logging_metric'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.logging.sink': LoggingSinkConfig;
    'gcp.logging.bucket': LoggingBucketConfig;
    'gcp.logging.metric': LoggingMetricConfig;
  }
}
