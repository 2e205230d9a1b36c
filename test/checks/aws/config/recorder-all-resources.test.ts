import check from '../../../../checks/aws/config/recorder-all-resources.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "all types with global", resource: aws('aws.config.recorder') },
    { name: "global types recorded in another region", resource: aws('aws.config.recorder', { includeGlobalResourceTypes: false }, { id: 'rec-eu', region: 'eu-west-1' }), inventory: [aws('aws.config.recorder', {}, { id: 'rec-us' })] },
  ],
  fail: [
    { name: "selected types only", resource: aws('aws.config.recorder', { allSupported: false }), evidencePath: "config.allSupported" },
    { name: "no region records global types", resource: aws('aws.config.recorder', { includeGlobalResourceTypes: false }, { id: 'rec-eu', region: 'eu-west-1' }), inventory: [aws('aws.config.recorder', { includeGlobalResourceTypes: false }, { id: 'rec-us' })], evidencePath: "config.includeGlobalResourceTypes" },
  ],
  notAssessed: [
    { name: "recording group unreadable", resource: aws('aws.config.recorder', { allSupported: undefined }), evidencePath: "config.allSupported" },
    { name: "global setting unknown", resource: aws('aws.config.recorder', { includeGlobalResourceTypes: undefined }), evidencePath: "config.includeGlobalResourceTypes" },
  ],
  notApplicable: [
    { name: "no recorder", resource: aws('aws.config.recorder', { present: false, recording: false, allSupported: false }) },
  ],
});
