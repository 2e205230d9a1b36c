import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-elasticache-replication-group-encrypted-at-rest',
    title: 'ElastiCache replication group is encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Redis OSS replication groups are not encrypted at rest unless it was chosen at creation: the data on disk during sync and swap, and the backups in S3, are then in clear. The service-managed key is encryption; a customer-managed key is reported apart.',
    remediation: {
      summary: 'Encryption at rest is set at creation: create an encrypted replication group from a backup of this one and move the clients.',
      console: 'ElastiCache > Redis OSS caches > create from backup > Encryption at rest: Enable > choose the key.',
      cli: 'aws elasticache create-replication-group --replication-group-id NEW --snapshot-name SNAPSHOT --at-rest-encryption-enabled --kms-key-id KEY_ARN --replication-group-description "encrypted"',
      terraform: 'resource "aws_elasticache_replication_group" "x" { at_rest_encryption_enabled = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
  },
  evaluate(group) {
    const path = 'config.atRestEncryptionEnabled';
    const v = group.config.atRestEncryptionEnabled;
    if (v === undefined) return notAssessed('encryption at rest setting could not be read', [path, v]);
    return v ? pass('replication group is encrypted at rest', [path, true], ['config.kmsKeyId', group.config.kmsKeyId]) : fail('replication group is not encrypted at rest', [path, false], ['config.engine', group.config.engine]);
  },
});
