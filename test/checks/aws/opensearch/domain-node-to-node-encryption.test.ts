import check from '../../../../checks/aws/opensearch/domain-node-to-node-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.opensearch.domain';
checkCases(check, {
  pass: [{ name: 'on', resource: aws(T) }],
  fail: [{ name: 'off', resource: aws(T, { nodeToNodeEncryption: false }), evidencePath: 'config.nodeToNodeEncryption' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { nodeToNodeEncryption: undefined }), evidencePath: 'config.nodeToNodeEncryption' }],
});
