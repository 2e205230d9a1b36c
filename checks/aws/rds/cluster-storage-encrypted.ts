import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-cluster-storage-encrypted',
    title: 'RDS / Aurora DB cluster storage is encrypted',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'The cluster volume holds the data of every member instance; its encryption (chosen at creation only) covers members, backups and snapshots.',
    remediation: {
      summary: 'Snapshot the cluster, restore it from the snapshot with encryption under a customer-managed key and cut over.',
      console: 'RDS > Databases > cluster > Actions > Take snapshot; Snapshots > Restore snapshot > Encryption: enable, choose key.',
      cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier NEW --snapshot-identifier SNAP --engine ENGINE --kms-key-id KEY_ARN',
      terraform: 'resource "aws_rds_cluster" "x" { storage_encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
  },
  evaluate(cluster) {
    const path = 'config.storageEncrypted';
    const v = cluster.config.storageEncrypted;
    if (v === undefined) return notAssessed('storage encryption could not be read', [path, v]);
    return v ? pass('cluster storage is encrypted', [path, v], ['config.kmsKeyId', cluster.config.kmsKeyId]) : fail('cluster storage is not encrypted', [path, v]);
  },
});
