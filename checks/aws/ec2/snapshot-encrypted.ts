import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-snapshot-encrypted',
    title: 'EBS snapshot is encrypted',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.snapshot'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Snapshots are full copies of the volume data and often outlive it; a snapshot of an unencrypted volume holds ePHI unencrypted and can be copied or shared.',
    remediation: {
      summary: 'Copy the snapshot with encryption under a customer-managed key, then delete the unencrypted original.',
      console: 'EC2 > Snapshots > select > Actions > Copy snapshot > Encrypt this snapshot > choose key; then delete the original.',
      cli: 'aws ec2 copy-snapshot --source-snapshot-id SNAP --source-region REGION --encrypted --kms-key-id KEY_ARN && aws ec2 delete-snapshot --snapshot-id SNAP',
      terraform: 'resource "aws_ebs_snapshot_copy" "x" { source_snapshot_id = "SNAP"\n  source_region = "REGION"\n  encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html'],
  },
  evaluate(snapshot) {
    const path = 'config.encrypted';
    const v = snapshot.config.encrypted;
    if (v === undefined) return notAssessed('snapshot encryption could not be read', [path, v]);
    return v ? pass('snapshot is encrypted', [path, v]) : fail('snapshot is not encrypted', [path, v], ['config.volumeId', snapshot.config.volumeId]);
  },
});
