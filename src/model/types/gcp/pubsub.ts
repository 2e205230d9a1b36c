import { defineResourceType } from '../registry.js';

/** A Pub/Sub topic (CAI `pubsub.googleapis.com/Topic`). */
export interface PubsubTopicConfig {
  /** CMEK key; null = Google-managed key (Pub/Sub always encrypts messages at rest). */
  readonly kmsKeyName: string | null | undefined;
}

export const PUBSUB_TOPIC = defineResourceType({
  type: 'gcp.pubsub.topic',
  provider: 'gcp',
  title: 'Pub/Sub topic',
  native: { cai: 'pubsub.googleapis.com/Topic', terraform: ['google_pubsub_topic'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.pubsub.topic': PubsubTopicConfig;
  }
}
