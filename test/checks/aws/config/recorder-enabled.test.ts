import check from '../../../../checks/aws/config/recorder-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "recording", resource: aws('aws.config.recorder') },
  ],
  fail: [
    { name: "no recorder", resource: aws('aws.config.recorder', { present: false, recording: false }), evidencePath: "config.present" },
    { name: "stopped", resource: aws('aws.config.recorder', { recording: false }), evidencePath: "config.recording" },
    { name: "failing", resource: aws('aws.config.recorder', { lastStatus: 'FAILURE' }), evidencePath: "config.lastStatus" },
    { name: "no delivery channel", resource: aws('aws.config.recorder', { deliveryChannel: false }), evidencePath: "config.deliveryChannel" },
  ],
  notAssessed: [
    { name: "recorders unreadable", resource: aws('aws.config.recorder', { present: undefined }), evidencePath: "config.present" },
    { name: "status unreadable", resource: aws('aws.config.recorder', { recording: undefined }), evidencePath: "config.recording" },
  ],
});
