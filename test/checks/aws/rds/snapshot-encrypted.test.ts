import check from '../../../../checks/aws/rds/snapshot-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.rds.snapshot') },
  ],
  fail: [
    { name: "unencrypted", resource: aws('aws.rds.snapshot', { encrypted: false }), evidencePath: "config.encrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.rds.snapshot', { encrypted: undefined }), evidencePath: "config.encrypted" },
  ],
});
