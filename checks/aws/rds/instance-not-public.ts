import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-not-public',
    title: 'RDS DB instance is not publicly accessible',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['network-segmentation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'PubliclyAccessible gives the database endpoint a public DNS answer and address; only security groups then stand between the internet and the ePHI store.',
    remediation: {
      summary: 'Set the instance to not publicly accessible and reach it from inside the VPC.',
      console: 'RDS > Databases > instance > Modify > Connectivity > Additional configuration > Not publicly accessible > Apply immediately.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --no-publicly-accessible --apply-immediately',
      terraform: 'resource "aws_db_instance" "x" { publicly_accessible = false }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
  },
  evaluate(db) {
    const path = 'config.publiclyAccessible';
    const v = db.config.publiclyAccessible;
    if (v === undefined) return notAssessed('public accessibility could not be read', [path, v]);
    return v ? fail('DB instance is publicly accessible', [path, true]) : pass('DB instance is private', [path, false]);
  },
});
