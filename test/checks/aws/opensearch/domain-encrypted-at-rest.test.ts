import check from '../../../../checks/aws/opensearch/domain-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.opensearch.domain';
checkCases(check, {
  pass: [{ name: 'AWS managed key', resource: aws(T) }, { name: 'customer key', resource: aws(T, { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' }) }],
  fail: [{ name: 'off', resource: aws(T, { encryptionAtRest: false }), evidencePath: 'config.encryptionAtRest' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { encryptionAtRest: undefined }), evidencePath: 'config.encryptionAtRest' }],
});
