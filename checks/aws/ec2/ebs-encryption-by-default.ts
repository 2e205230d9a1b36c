import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-ebs-encryption-by-default',
    title: 'EBS encryption by default is on in the region',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.ebs-encryption-default'],
    requirements: ['configuration-management', 'secure-configuration'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'EBS encryption by default is a per-region account setting: once on, every new volume and snapshot copy in the region is encrypted whatever the launch request says, so no workload can create unencrypted ePHI storage by omission.',
    remediation: {
      summary: 'Enable EBS encryption by default in every region in use, preferably with a customer-managed key.',
      console: 'EC2 > Dashboard > Account attributes > Data protection and security > Manage > Always encrypt new EBS volumes.',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION && aws ec2 modify-ebs-default-kms-key-id --kms-key-id KEY_ARN --region REGION',
      terraform: 'resource "aws_ebs_encryption_by_default" "x" { enabled = true }\nresource "aws_ebs_default_kms_key" "x" { key_arn = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  },
  evaluate(setting) {
    const path = 'config.enabled';
    const v = setting.config.enabled;
    if (v === undefined) return notAssessed('GetEbsEncryptionByDefault could not be read for the region', [path, v]);
    return v ? pass('new EBS volumes in the region are encrypted by default', [path, v], ['config.kmsKeyId', setting.config.kmsKeyId]) : fail('EBS encryption by default is off in the region', [path, v]);
  },
});
