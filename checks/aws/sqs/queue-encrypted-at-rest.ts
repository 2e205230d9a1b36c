import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-sqs-queue-encrypted-at-rest',
    title: 'SQS queue is encrypted at rest',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'sqs',
    resourceTypes: ['aws.sqs.queue'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'SQS encrypts a queue at rest with SQS-owned keys (SSE-SQS) or a KMS key (SSE-KMS). New queues get SSE-SQS by default since 2022, but older queues and queues created with encryption turned off hold messages in clear. Either kind is encryption; a customer-managed key is reported apart.',
    remediation: {
      summary: 'Turn on server-side encryption: SSE-SQS, or SSE-KMS with a key.',
      console: 'Amazon SQS > Queues > queue > Edit > Encryption > Server-side encryption: Enabled > Amazon SQS key (SSE-SQS) or AWS KMS key > Save.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true',
      terraform: 'resource "aws_sqs_queue" "x" { sqs_managed_sse_enabled = true }',
    },
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
  },
  evaluate(queue) {
    const c = queue.config;
    if (c.kmsMasterKeyId) return pass(`queue is encrypted with KMS key ${c.kmsMasterKeyId}`, ['config.kmsMasterKeyId', c.kmsMasterKeyId]);
    if (c.sqsManagedSseEnabled === true) return pass('queue is encrypted with SQS-owned keys (SSE-SQS)', ['config.sqsManagedSseEnabled', true]);
    if (c.kmsMasterKeyId === undefined || c.sqsManagedSseEnabled === undefined) return notAssessed('queue encryption attributes could not be read', ['config.kmsMasterKeyId', c.kmsMasterKeyId], ['config.sqsManagedSseEnabled', c.sqsManagedSseEnabled]);
    return fail('queue is not encrypted at rest (neither SSE-SQS nor SSE-KMS)', ['config.kmsMasterKeyId', null], ['config.sqsManagedSseEnabled', false]);
  },
});
