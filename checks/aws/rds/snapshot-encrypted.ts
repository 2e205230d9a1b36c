import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-snapshot-encrypted',
    title: 'RDS snapshot is encrypted',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.snapshot'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'A DB snapshot is a full copy of the database; snapshots of unencrypted databases keep ePHI unencrypted for as long as they are retained.',
    remediation: {
      summary: 'Copy the snapshot with a KMS key (copy-db-snapshot --kms-key-id) and delete the unencrypted one.',
      console: 'RDS > Snapshots > select > Actions > Copy snapshot > Enable encryption > choose key; delete the original.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAP --target-db-snapshot-identifier SNAP-enc --kms-key-id KEY_ARN && aws rds delete-db-snapshot --db-snapshot-identifier SNAP',
      terraform: 'resource "aws_db_snapshot_copy" "x" { source_db_snapshot_identifier = "SNAP"\n  target_db_snapshot_identifier = "SNAP-enc"\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html'],
  },
  evaluate(snapshot) {
    const path = 'config.encrypted';
    const v = snapshot.config.encrypted;
    if (v === undefined) return notAssessed('snapshot encryption could not be read', [path, v]);
    return v ? pass('snapshot is encrypted', [path, v]) : fail('snapshot is not encrypted', [path, v], ['config.sourceId', snapshot.config.sourceId]);
  },
});
