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
export const CONFIG_RECORDER = defineResourceType({ type: 'aws.config.recorder', provider: 'aws', title: 'AWS Config recorder (region)', native: { terraform: ['aws_config_configuration_recorder', 'aws_config_configuration_recorder_status', 'aws_config_delivery_channel'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.cloudtrail.account-trails': CloudTrailAccountTrailsConfig;
    'aws.cloudtrail.trail': CloudTrailTrailConfig;
    'aws.config.recorder': ConfigRecorderConfig;
  }
}
