import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-trail-kms-encryption',
    title: 'CloudTrail trail encrypts log files with a KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    requirements: ['key-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Key management beyond the NPRM (the NPRM proposes encryption, not customer-managed keys): trail log files are already encrypted with SSE-S3. Audit logs name who touched which ePHI resources; SSE-KMS on the trail adds a key policy that limits who can read the logs, separate from S3 access to the bucket.',
    remediation: {
      summary: 'Configure the trail with a customer-managed KMS key whose policy allows CloudTrail to encrypt and only auditors to decrypt.',
      console: 'CloudTrail > Trails > trail > General details > Edit > Log file SSE-KMS encryption: Enabled > choose key.',
      cli: 'aws cloudtrail update-trail --name TRAIL --kms-key-id KEY_ARN',
      terraform: 'resource "aws_cloudtrail" "x" { kms_key_id = aws_kms_key.trail.arn }',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  },
  evaluate(trail) {
    const path = 'config.kmsKeyId';
    const v = trail.config.kmsKeyId;
    if (v === undefined) return notAssessed('trail encryption could not be read', [path, v]);
    return v ? pass('log files are encrypted with a KMS key', [path, v]) : fail('log files use only the bucket default encryption (no KMS key on the trail)', [path, v]);
  },
});
