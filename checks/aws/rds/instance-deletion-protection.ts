import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-deletion-protection',
    title: 'RDS DB instance has deletion protection',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)'],
    rationale: 'Deleting an instance can also delete its automated backups. Deletion protection requires a separate modify call first, which stops accidental or scripted deletion. Aurora members are protected at the cluster.',
    remediation: {
      summary: 'Enable deletion protection on the instance.',
      console: 'RDS > Databases > instance > Modify > Deletion protection: Enable.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --deletion-protection --apply-immediately',
      terraform: 'resource "aws_db_instance" "x" { deletion_protection = true }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection'],
  },
  evaluate(db) {
    if (db.config.clusterId) return notApplicable(`Aurora member: protection is set on cluster ${db.config.clusterId}`);
    const path = 'config.deletionProtection';
    const v = db.config.deletionProtection;
    if (v === undefined) return notAssessed('deletion protection could not be read', [path, v]);
    return v ? pass('deletion protection is on', [path, true]) : fail('deletion protection is off', [path, false]);
  },
});
