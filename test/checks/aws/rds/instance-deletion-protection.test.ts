import check from '../../../../checks/aws/rds/instance-deletion-protection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.rds.instance') },
  ],
  fail: [
    { name: "off", resource: aws('aws.rds.instance', { deletionProtection: false }), evidencePath: "config.deletionProtection" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.instance', { deletionProtection: undefined }), evidencePath: "config.deletionProtection" },
  ],
  notApplicable: [
    { name: "Aurora member", resource: aws('aws.rds.instance', { clusterId: 'cl-1', deletionProtection: false }) },
  ],
});
