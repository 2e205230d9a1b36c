import { defineResourceType } from '../registry.js';

export interface CloudTrailTrailConfig {
  readonly homeRegion: string | undefined;
  readonly isMultiRegion: boolean | undefined;
  readonly isOrganizationTrail: boolean | undefined;
  readonly logFileValidation: boolean | undefined;
  readonly kmsKeyId: string | null | undefined;
  /** From GetTrailStatus. */
  readonly isLogging: boolean | undefined;
  readonly includeGlobalServiceEvents: boolean | undefined;
  readonly s3BucketName: string | null | undefined;
  /** Records S3 or DynamoDB data events (event selectors or advanced selectors). */
  readonly dataEvents: boolean | undefined;
  /** The trail's event selectors as GetEventSelectors returns them (one of the two lists is used); undefined = unread. */
  readonly eventSelectors: TrailEventSelectors | undefined;
  /** `CloudWatchLogsLogGroupArn` without its `:*` suffix; null = the trail delivers to S3 only. */
  readonly cloudWatchLogsLogGroupArn: string | null | undefined;
  /** GetTrailStatus `LatestCloudWatchLogsDeliveryTime` (ISO); null = never delivered (or no CloudWatch Logs delivery). */
  readonly latestCloudWatchLogsDeliveryTime: string | null | undefined;
  /** GetTrailStatus `LatestCloudWatchLogsDeliveryError`; null = none. */
  readonly latestCloudWatchLogsDeliveryError: string | null | undefined;
}

/** A basic event selector (`EventSelectors[]`). */
export interface TrailBasicSelector {
  /** `ReadOnly`, `WriteOnly` or `All`. */
  readonly readWriteType: string;
  /** `DataResources[]`: `AWS::S3::Object` with `arn:aws:s3` (every bucket) or `arn:aws:s3:::bucket/prefix` values. */
  readonly dataResources: readonly { readonly type: string; readonly values: readonly string[] }[];
}

/** One `FieldSelectors[]` entry of an advanced event selector; absent operators are empty lists. */
export interface TrailFieldSelector {
  readonly field: string;
  readonly equals: readonly string[];
  readonly notEquals: readonly string[];
  readonly startsWith: readonly string[];
  readonly notStartsWith: readonly string[];
  readonly endsWith: readonly string[];
  readonly notEndsWith: readonly string[];
}

export interface TrailEventSelectors {
  readonly basic: readonly TrailBasicSelector[];
  readonly advanced: readonly { readonly name: string | null; readonly fieldSelectors: readonly TrailFieldSelector[] }[];
}

/** A metric filter of a log group (`DescribeMetricFilters`). */
export interface LogMetricFilter {
  readonly name: string;
  readonly pattern: string;
  readonly metrics: readonly { readonly namespace: string; readonly name: string }[];
}

/** A CloudWatch Logs log group (`DescribeLogGroups`, `DescribeMetricFilters`). */
export interface LogGroupConfig {
  /** Days events are kept; null = never expire. */
  readonly retentionInDays: number | null | undefined;
  /** null = encrypted with the service's own key only. */
  readonly kmsKeyId: string | null | undefined;
  /** Metric filters on the group; [] = none; undefined = the filters could not be read. */
  readonly metricFilters: readonly LogMetricFilter[] | undefined;
}

/** A CloudWatch metric alarm (`DescribeAlarms`): the metrics it watches and what it notifies. */
export interface MetricAlarmConfig {
  /** The metric of a single-metric alarm, or every metric a metric-math alarm reads. */
  readonly metrics: readonly { readonly namespace: string; readonly name: string }[] | undefined;
  readonly actionsEnabled: boolean | undefined;
  /** `AlarmActions` (SNS topic, Auto Scaling, SSM, Lambda ARNs). */
  readonly alarmActions: readonly string[] | undefined;
}

/** Security Hub in one account and region (`DescribeHub`). */
export interface SecurityHubConfig {
  /** false = not subscribed (DescribeHub answered InvalidAccessException). */
  readonly enabled: boolean | undefined;
  readonly subscribedAt: string | null | undefined;
}

/** The AWS Config recorder of one region. null fields: no recorder in the region. */
export interface ConfigRecorderConfig {
  readonly present: boolean | undefined;
  readonly recording: boolean | undefined;
  readonly allSupported: boolean | undefined;
  readonly includeGlobalResourceTypes: boolean | undefined;
  readonly lastStatus: 'SUCCESS' | 'FAILURE' | 'PENDING' | string | null | undefined;
  readonly deliveryChannel: boolean | undefined;
}

/**
 * The trails that apply to one account, from DescribeTrails with includeShadowTrails=true in each
 * region: the account's own trails plus organization trails that live in the management account.
 * One per account; lets a check ask "is there a multi-region trail" without trusting that every
 * trail resource was collected.
 */
export interface CloudTrailAccountTrailsConfig {
  /** ARNs of every trail (own and shadow/organization) visible to the account; [] = none. */
  readonly trailArns: readonly string[] | undefined;
}

export const CLOUDTRAIL_ACCOUNT_TRAILS = defineResourceType({ type: 'aws.cloudtrail.account-trails', provider: 'aws', title: 'CloudTrail trails of an account', native: {} });
export const CLOUDTRAIL_TRAIL = defineResourceType({ type: 'aws.cloudtrail.trail', provider: 'aws', title: 'CloudTrail trail', native: { awsConfig: 'AWS::CloudTrail::Trail', terraform: ['aws_cloudtrail'] } });
export const LOG_GROUP = defineResourceType({ type: 'aws.logs.log-group', provider: 'aws', title: 'CloudWatch Logs log group', native: { awsConfig: 'AWS::Logs::LogGroup', terraform: ['aws_cloudwatch_log_group', 'aws_cloudwatch_log_metric_filter'] } });
export const METRIC_ALARM = defineResourceType({ type: 'aws.cloudwatch.metric-alarm', provider: 'aws', title: 'CloudWatch metric alarm', native: { awsConfig: 'AWS::CloudWatch::Alarm', terraform: ['aws_cloudwatch_metric_alarm'] } });
export const SECURITYHUB_HUB = defineResourceType({ type: 'aws.securityhub.hub', provider: 'aws', title: 'Security Hub (region)', native: { terraform: ['aws_securityhub_account'] } });
export const CONFIG_RECORDER = defineResourceType({ type: 'aws.config.recorder', provider: 'aws', title: 'AWS Config recorder (region)', native: { terraform: ['aws_config_configuration_recorder', 'aws_config_configuration_recorder_status', 'aws_config_delivery_channel'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.cloudtrail.account-trails': CloudTrailAccountTrailsConfig;
    'aws.cloudtrail.trail': CloudTrailTrailConfig;
    'aws.config.recorder': ConfigRecorderConfig;
    'aws.logs.log-group': LogGroupConfig;
    'aws.cloudwatch.metric-alarm': MetricAlarmConfig;
    'aws.securityhub.hub': SecurityHubConfig;
  }
}
