import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-logs-log-group-kms-encryption',
    title: 'CloudWatch Logs log group encrypts its events with a KMS key',
    severity: 'low',
    provider: 'aws',
    service: 'logs',
    resourceTypes: ['aws.logs.log-group'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): CloudWatch Logs always encrypts log data at rest with a service key. A customer-managed KMS key on the group adds a key policy that limits who can read logs that may name patients or hold request payloads, and lets you revoke access. AWS Config: cloudwatch-log-group-encrypted.',
    remediation: {
      summary: 'Associate a customer-managed KMS key (whose policy allows the logs service principal) with the log group.',
      console: 'CloudWatch > Log groups > group > Actions > Edit > KMS key ARN (only from the CLI/API for an existing group).',
      cli: 'aws logs associate-kms-key --log-group-name GROUP --kms-key-id KEY_ARN',
      terraform: 'resource "aws_cloudwatch_log_group" "x" { kms_key_id = aws_kms_key.logs.arn }',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html', 'https://docs.aws.amazon.com/config/latest/developerguide/cloudwatch-log-group-encrypted.html'],
  },
  evaluate(group) {
    const path = 'config.kmsKeyId';
    const v = group.config.kmsKeyId;
    if (v === undefined) return notAssessed('the log group\'s key could not be read', [path, v]);
    return v ? pass(`events are encrypted with ${v}`, [path, v]) : fail('events are encrypted with the service key only (no KMS key on the group)', [path, v]);
  },
});
