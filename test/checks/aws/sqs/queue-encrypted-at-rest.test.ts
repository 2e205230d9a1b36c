import check from '../../../../checks/aws/sqs/queue-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.sqs.queue';
checkCases(check, {
  pass: [{ name: 'SSE-SQS', resource: aws(T) }, { name: 'SSE-KMS', resource: aws(T, { kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSseEnabled: false }) }],
  fail: [{ name: 'off', resource: aws(T, { sqsManagedSseEnabled: false }), evidencePath: 'config.sqsManagedSseEnabled' }],
  notAssessed: [
    { name: 'unread', resource: aws(T, { kmsMasterKeyId: undefined, sqsManagedSseEnabled: undefined }), evidencePath: 'config.sqsManagedSseEnabled' },
    { name: 'SSE-SQS flag unread, no key', resource: aws(T, { sqsManagedSseEnabled: undefined }), evidencePath: 'config.sqsManagedSseEnabled' },
  ],
});
