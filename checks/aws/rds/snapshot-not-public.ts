import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-snapshot-not-public',
    title: 'RDS snapshot is not shared publicly',
    severity: 'critical',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.snapshot'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A snapshot shared with "all" can be restored by any AWS account: a complete copy of the database, ePHI included, leaves the organization.',
    remediation: {
      summary: 'Remove the "all" restore attribute from the snapshot.',
      console: 'RDS > Snapshots > snapshot > Actions > Share snapshot > DB snapshot visibility: Private.',
      cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAP --attribute-name restore --values-to-remove all',
      terraform: 'Do not add "all" to shared_accounts of aws_db_snapshot.',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
  },
  evaluate(snapshot) {
    const path = 'config.public';
    const v = snapshot.config.public;
    if (v === undefined) return notAssessed('snapshot attributes could not be read', [path, v]);
    return v ? fail('snapshot is restorable by any AWS account', [path, true]) : pass('snapshot is private', [path, false]);
  },
});
