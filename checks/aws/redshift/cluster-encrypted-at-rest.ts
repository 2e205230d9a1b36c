import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-redshift-cluster-encrypted-at-rest',
    title: 'Redshift cluster is encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Redshift encrypts new clusters by default only since January 2025; clusters created earlier without the option hold their tables, backups and snapshots in clear. The AWS managed key is encryption; a customer-managed key is reported apart.',
    remediation: {
      summary: 'Turn on encryption for the cluster (Redshift migrates the data in place, with the cluster read-only meanwhile).',
      console: 'Amazon Redshift > Clusters > cluster > Properties > Database configurations > Edit encryption > Use AWS KMS > choose the key > Save.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id KEY_ARN',
      terraform: 'resource "aws_redshift_cluster" "x" { encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
  },
  evaluate(cluster) {
    const path = 'config.encrypted';
    const v = cluster.config.encrypted;
    if (v === undefined) return notAssessed('cluster encryption could not be read', [path, v]);
    return v ? pass('cluster is encrypted at rest', [path, true], ['config.kmsKeyId', cluster.config.kmsKeyId]) : fail('cluster is not encrypted at rest', [path, false]);
  },
});
