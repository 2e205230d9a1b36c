import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-sns-topic-encrypted-at-rest',
    title: 'SNS topic is encrypted at rest',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'sns',
    resourceTypes: ['aws.sns.topic'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'SNS stores messages until they are delivered and does not encrypt them at rest unless the topic names a KMS key: topics are not encrypted by default. The AWS managed key (alias/aws/sns) is encryption; a customer-managed key is reported apart.',
    remediation: {
      summary: 'Set a KMS key on the topic (server-side encryption); give publishing services use of the key if they are AWS services.',
      console: 'Amazon SNS > Topics > topic > Edit > Encryption > Enable encryption > choose the key > Save changes.',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
      terraform: 'resource "aws_sns_topic" "x" { kms_master_key_id = aws_kms_key.phi.id }',
    },
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  },
  evaluate(topic) {
    const path = 'config.kmsMasterKeyId';
    const v = topic.config.kmsMasterKeyId;
    if (v === undefined) return notAssessed('topic attributes could not be read', [path, v]);
    return v ? pass(`topic is encrypted with ${v}`, [path, v]) : fail('topic has no KMS key: messages are stored unencrypted', [path, null]);
  },
});
