import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-rds-instance-auto-minor-upgrade',
    title: 'RDS DB instance applies minor engine upgrades automatically',
    severity: 'low',
    ephiSeverity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.instance'],
    requirements: ['patch-install-controls'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Minor engine versions carry security fixes. With auto minor version upgrade, RDS applies them in the maintenance window, the kind of technical control that installs patches in a timely manner the NPRM proposes (164.312(h)(2)(iv)).',
    remediation: {
      summary: 'Enable auto minor version upgrade on the instance.',
      console: 'RDS > Databases > instance > Modify > Maintenance > Enable auto minor version upgrade.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --auto-minor-version-upgrade --apply-immediately',
      terraform: 'resource "aws_db_instance" "x" { auto_minor_version_upgrade = true }',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades'],
  },
  evaluate(db) {
    const path = 'config.autoMinorVersionUpgrade';
    const v = db.config.autoMinorVersionUpgrade;
    if (v === undefined) return notAssessed('auto minor version upgrade could not be read', [path, v]);
    return v ? pass('minor upgrades are applied automatically', [path, true]) : fail('auto minor version upgrade is off', [path, false]);
  },
});
