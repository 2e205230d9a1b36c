import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-storage-encrypted',
    // Checkov, Trivy (AVD) and tfsec ids of the same control: their inline skips suppress this check (docs/iac.md).
    aliases: ['CKV_AWS_16', 'AVD-AWS-0080', 'aws-rds-encrypt-instance-storage-data'],
    title: 'RDS DB instance storage is encrypted',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Databases are the main store of ePHI. RDS encryption covers storage, automated backups, read replicas and snapshots, and can only be chosen at creation. Aurora members inherit encryption from their cluster, which is checked there.',
    remediation: {
      summary: 'Take a snapshot, copy it with encryption under a customer-managed key, restore a new encrypted instance and cut over.',
      console: 'RDS > Snapshots > Take snapshot > Copy snapshot > Enable encryption > Restore snapshot; switch the application endpoint.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAP --target-db-snapshot-identifier SNAP-enc --kms-key-id KEY_ARN && aws rds restore-db-instance-from-db-snapshot --db-snapshot-identifier SNAP-enc --db-instance-identifier NEW',
      terraform: 'resource "aws_db_instance" "x" { storage_encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  },
  evaluate(db) {
    const c = db.config;
    if (c.clusterId) return notApplicable(`Aurora cluster member: encryption is decided by cluster ${c.clusterId}`);
    const path = 'config.storageEncrypted';
    if (c.clusterId === undefined && c.engine?.startsWith('aurora')) return notAssessed('cluster membership could not be read', ['config.clusterId', c.clusterId]);
    if (c.storageEncrypted === undefined) return notAssessed('storage encryption could not be read', [path, c.storageEncrypted]);
    return c.storageEncrypted ? pass('storage is encrypted', [path, true], ['config.kmsKeyId', c.kmsKeyId]) : fail('storage is not encrypted', [path, false]);
  },
});
