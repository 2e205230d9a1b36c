import check from '../../../../checks/aws/guardduty/detector-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "enabled", resource: aws('aws.guardduty.detector') },
  ],
  fail: [
    { name: "no detector", resource: aws('aws.guardduty.detector', { detectorId: null, enabled: false }), evidencePath: "config.detectorId" },
    { name: "suspended", resource: aws('aws.guardduty.detector', { enabled: false }), evidencePath: "config.enabled" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.guardduty.detector', { detectorId: undefined }), evidencePath: "config.detectorId" },
    { name: "status unreadable", resource: aws('aws.guardduty.detector', { enabled: undefined }), evidencePath: "config.enabled" },
  ],
});
