import check from '../../../../checks/aws/apigateway/stage-access-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.apigateway.stage';
checkCases(check, {
  pass: [
    { name: 'access logs', resource: aws(T, { executionLoggingLevel: null }) },
    { name: 'execution logs only', resource: aws(T, { accessLogDestinationArn: null, executionLoggingLevel: 'INFO' }) },
  ],
  fail: [
    { name: 'neither', resource: aws(T, { accessLogDestinationArn: null, executionLoggingLevel: 'OFF' }), evidencePath: 'config.accessLogDestinationArn' },
    { name: 'HTTP API without access logs', resource: aws(T, { apiType: 'HTTP', accessLogDestinationArn: null, executionLoggingLevel: null }), evidencePath: 'config.executionLoggingLevel' },
  ],
  notAssessed: [
    { name: 'access logging unread', resource: aws(T, { accessLogDestinationArn: undefined, executionLoggingLevel: 'OFF' }), evidencePath: 'config.accessLogDestinationArn' },
    { name: 'execution logging unread', resource: aws(T, { accessLogDestinationArn: null, executionLoggingLevel: undefined }), evidencePath: 'config.executionLoggingLevel' },
  ],
});
