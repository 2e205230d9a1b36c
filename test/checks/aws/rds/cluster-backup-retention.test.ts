import check from '../../../../checks/aws/rds/cluster-backup-retention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "14 days", resource: aws('aws.rds.cluster') },
  ],
  fail: [
    { name: "Aurora minimum of 1 day", resource: aws('aws.rds.cluster', { backupRetentionDays: 1 }), evidencePath: "config.backupRetentionDays" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.cluster', { backupRetentionDays: undefined }), evidencePath: "config.backupRetentionDays" },
  ],
});
