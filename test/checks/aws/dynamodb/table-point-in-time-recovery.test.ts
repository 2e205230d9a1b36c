import check from '../../../../checks/aws/dynamodb/table-point-in-time-recovery.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.dynamodb.table') },
  ],
  fail: [
    { name: "off", resource: aws('aws.dynamodb.table', { pointInTimeRecovery: false }), evidencePath: "config.pointInTimeRecovery" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.dynamodb.table', { pointInTimeRecovery: undefined }), evidencePath: "config.pointInTimeRecovery" },
  ],
});
