import check from '../../../../checks/aws/dynamodb/table-deletion-protection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.dynamodb.table') },
  ],
  fail: [
    { name: "off", resource: aws('aws.dynamodb.table', { deletionProtection: false }), evidencePath: "config.deletionProtection" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.dynamodb.table', { deletionProtection: undefined }), evidencePath: "config.deletionProtection" },
  ],
});
