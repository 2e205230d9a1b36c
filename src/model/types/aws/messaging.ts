import type { PolicyDocument } from './common.js';
import { defineResourceType } from '../registry.js';

/** SNS topic (`GetTopicAttributes`). */
export interface SnsTopicConfig {
  /** `KmsMasterKeyId` (key id, ARN or alias; `alias/aws/sns` is the AWS managed key); null = not encrypted at rest. */
  readonly kmsMasterKeyId: string | null | undefined;
  /** `Policy`; null = the default policy (the owner account only). Carries the deny of `aws:SecureTransport` = false, if any. */
  readonly policy: PolicyDocument | null | undefined;
  /** `FifoTopic`. */
  readonly fifo: boolean | undefined;
  /** Protocols with delivery status logging (a feedback role set): `application`, `firehose`, `http`, `lambda`, `sqs`. */
  readonly deliveryStatusLogging: readonly string[] | undefined;
  /**
   * Live: `SubscriptionsConfirmed`. IaC: the `aws_sns_topic_subscription` resources the configuration
   * declares for the topic that SNS confirms on apply (AWS endpoints, SMS; HTTP(S) only with
   * `endpoint_auto_confirms`); undefined when there are none, since e-mail subscriptions wait for
   * their recipient and subscriptions are often made outside the configuration.
   */
  readonly subscriptionsConfirmed: number | undefined;
}

/** SQS queue (`GetQueueAttributes`). */
export interface SqsQueueConfig {
  /** `KmsMasterKeyId`; null = no KMS key. */
  readonly kmsMasterKeyId: string | null | undefined;
  /** `SqsManagedSseEnabled`: encrypted with SQS-owned keys (the default for new queues without a KMS key). */
  readonly sqsManagedSseEnabled: boolean | undefined;
  /** `Policy`; null = none. */
  readonly policy: PolicyDocument | null | undefined;
  /** `FifoQueue`. */
  readonly fifo: boolean | undefined;
}

export const SNS_TOPIC = defineResourceType({ type: 'aws.sns.topic', provider: 'aws', title: 'SNS topic', native: { awsConfig: 'AWS::SNS::Topic', terraform: ['aws_sns_topic', 'aws_sns_topic_policy', 'aws_sns_topic_subscription'] } });
export const SQS_QUEUE = defineResourceType({ type: 'aws.sqs.queue', provider: 'aws', title: 'SQS queue', native: { awsConfig: 'AWS::SQS::Queue', terraform: ['aws_sqs_queue', 'aws_sqs_queue_policy'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.sns.topic': SnsTopicConfig;
    'aws.sqs.queue': SqsQueueConfig;
  }
}
