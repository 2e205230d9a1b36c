import check from '../../../../checks/aws/cloudtrail/trail-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "logging", resource: aws('aws.cloudtrail.trail') },
  ],
  fail: [
    { name: "stopped", resource: aws('aws.cloudtrail.trail', { isLogging: false }), evidencePath: "config.isLogging" },
  ],
  notAssessed: [
    { name: "status unreadable", resource: aws('aws.cloudtrail.trail', { isLogging: undefined }), evidencePath: "config.isLogging" },
  ],
});
