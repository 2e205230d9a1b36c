import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-cluster-deletion-protection',
    title: 'RDS / Aurora cluster has deletion protection',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    requirements: ['integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'Deleting a cluster deletes its continuous backups unless a final snapshot is kept. Deletion protection (which also protects Aurora members through the cluster) requires a separate modify call first.',
    remediation: {
      summary: 'Enable deletion protection on the cluster.',
      console: 'RDS > Databases > cluster > Modify > Deletion protection: Enable.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
      terraform: 'resource "aws_rds_cluster" "x" { deletion_protection = true }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection'],
  },
  evaluate(cluster) {
    const path = 'config.deletionProtection';
    const v = cluster.config.deletionProtection;
    if (v === undefined) return notAssessed('deletion protection could not be read', [path, v]);
    return v ? pass('deletion protection is on', [path, true]) : fail('deletion protection is off', [path, false]);
  },
});
