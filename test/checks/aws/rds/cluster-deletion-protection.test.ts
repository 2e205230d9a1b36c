import check from '../../../../checks/aws/rds/cluster-deletion-protection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.rds.cluster') },
  ],
  fail: [
    { name: "off", resource: aws('aws.rds.cluster', { deletionProtection: false }), evidencePath: "config.deletionProtection" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.cluster', { deletionProtection: undefined }), evidencePath: "config.deletionProtection" },
  ],
});
