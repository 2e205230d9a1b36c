import { GetTopicAttributesCommand, ListTagsForResourceCommand as ListSnsTagsCommand, paginateListTopics } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueueTagsCommand, paginateListQueues } from '@aws-sdk/client-sqs';
import { snsTopicConfig, sqsQueueConfig, tagMap } from '../data-service-mappers.js';
import { str, tagsOf, type Raw } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

/** SNS topics of a region: attributes (key, policy, FIFO, feedback roles) and tags. */
export async function collectSns(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const sns = u.client('sns');
  const hides = ['aws.sns.topic'] as const;
  const topics = await u.call('sns', 'ListTopics', hides, () => drain(paginateListTopics({ client: sns }, {}), (r) => r.Topics, u.signal));
  await Promise.all((topics ?? []).map((t) => u.each(async () => {
    const TopicArn = t.TopicArn ?? '';
    const [attrs, tags] = await Promise.all([
      u.call('sns', 'GetTopicAttributes', hides, () => sns.send(new GetTopicAttributesCommand({ TopicArn }))),
      u.call('sns', 'ListTagsForResource', hides, () => sns.send(new ListSnsTagsCommand({ ResourceArn: TopicArn }))),
    ]);
    u.emit({
      provider: 'aws', type: 'aws.sns.topic', id: TopicArn, name: TopicArn.split(':').pop() ?? TopicArn, account, region, tags: tags ? tagsOf(tags.Tags) : undefined,
      config: snsTopicConfig(attrs ? attrs.Attributes ?? {} : undefined), source: { kind: 'live', api: 'sns:GetTopicAttributes' },
    });
  })));
}

/** SQS queues of a region: every attribute (for the encryption, policy and queue type) and tags. */
export async function collectSqs(u: UnitContext): Promise<void> {
  const { account, region } = u.unit;
  const sqs = u.client('sqs');
  const hides = ['aws.sqs.queue'] as const;
  const urls = await u.call('sqs', 'ListQueues', hides, () => drain(paginateListQueues({ client: sqs, pageSize: 1000 }, {}), (r) => r.QueueUrls, u.signal));
  await Promise.all((urls ?? []).map((QueueUrl) => u.each(async () => {
    const [attrs, tags] = await Promise.all([
      u.call('sqs', 'GetQueueAttributes', hides, () => sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))),
      u.call('sqs', 'ListQueueTags', hides, () => sqs.send(new ListQueueTagsCommand({ QueueUrl }))),
    ]);
    const a = attrs ? ((attrs.Attributes ?? {}) as Raw) : undefined;
    const name = QueueUrl.split('/').pop() ?? QueueUrl;
    u.emit({
      provider: 'aws', type: 'aws.sqs.queue', id: str(a?.QueueArn) ?? `arn:aws:sqs:${region}:${account}:${name}`, name, account, region, tags: tags ? tagMap(tags.Tags) : undefined,
      config: sqsQueueConfig(a), source: { kind: 'live', api: 'sqs:GetQueueAttributes' },
    });
  })));
}
