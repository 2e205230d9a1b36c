import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-elasticache-replication-group-encrypted-in-transit',
    title: 'ElastiCache replication group requires TLS',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Without in-transit encryption, clients and replicas exchange cached data in clear text. The transit encryption mode "preferred" (a migration state) still accepts unencrypted connections; only "required" enforces TLS.',
    remediation: {
      summary: 'Turn on in-transit encryption and set the mode to required (Redis OSS 7+ can do it in place: preferred first, then required).',
      console: 'ElastiCache > Redis OSS caches > group > Modify > Encryption in transit: Enable; Transit encryption mode: Required > Apply immediately.',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "x" { transit_encryption_enabled = true\n  transit_encryption_mode = "required" }',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html'],
  },
  evaluate(group) {
    const c = group.config;
    const path = 'config.transitEncryptionEnabled';
    if (c.transitEncryptionEnabled === undefined) return notAssessed('in-transit encryption setting could not be read', [path, c.transitEncryptionEnabled]);
    if (!c.transitEncryptionEnabled) return fail('in-transit encryption is off', [path, false]);
    const mode = 'config.transitEncryptionMode';
    if (c.transitEncryptionMode === 'preferred') return fail('in-transit encryption is on but the mode "preferred" still accepts unencrypted connections', [path, true], [mode, 'preferred']);
    if (c.transitEncryptionMode === undefined) return notAssessed('in-transit encryption is on but its mode could not be read', [path, true], [mode, undefined]);
    return pass('in-transit encryption is required', [path, true], [mode, c.transitEncryptionMode]);
  },
});
