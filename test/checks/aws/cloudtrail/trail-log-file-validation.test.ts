import check from '../../../../checks/aws/cloudtrail/trail-log-file-validation.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "on", resource: aws('aws.cloudtrail.trail') },
  ],
  fail: [
    { name: "off", resource: aws('aws.cloudtrail.trail', { logFileValidation: false }), evidencePath: "config.logFileValidation" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.cloudtrail.trail', { logFileValidation: undefined }), evidencePath: "config.logFileValidation" },
  ],
});
