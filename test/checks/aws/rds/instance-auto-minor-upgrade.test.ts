import check from '../../../../checks/aws/rds/instance-auto-minor-upgrade.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.rds.instance') },
  ],
  fail: [
    { name: "off", resource: aws('aws.rds.instance', { autoMinorVersionUpgrade: false }), evidencePath: "config.autoMinorVersionUpgrade" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.instance', { autoMinorVersionUpgrade: undefined }), evidencePath: "config.autoMinorVersionUpgrade" },
  ],
});
