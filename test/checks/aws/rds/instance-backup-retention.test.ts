import check from '../../../../checks/aws/rds/instance-backup-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "14 days", resource: aws('aws.rds.instance') },
    { name: "3 days with a lower minimum", resource: aws('aws.rds.instance', { backupRetentionDays: 3 }), options: { minRetentionDays: 1 } },
  ],
  fail: [
    { name: "disabled", resource: aws('aws.rds.instance', { backupRetentionDays: 0 }), evidencePath: "config.backupRetentionDays" },
    { name: "1 day", resource: aws('aws.rds.instance', { backupRetentionDays: 1 }), evidencePath: "config.backupRetentionDays" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.instance', { backupRetentionDays: undefined }), evidencePath: "config.backupRetentionDays" },
  ],
  notApplicable: [
    { name: "Aurora member", resource: aws('aws.rds.instance', { clusterId: 'cl-1', backupRetentionDays: 1 }) },
  ],
});
