import check from '../../../../checks/aws/sns/topic-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.sns.topic';
checkCases(check, {
  pass: [{ name: 'AWS managed key', resource: aws(T) }, { name: 'customer key', resource: aws(T, { kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' }) }],
  fail: [{ name: 'no key (the default)', resource: aws(T, { kmsMasterKeyId: null }), evidencePath: 'config.kmsMasterKeyId' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { kmsMasterKeyId: undefined }), evidencePath: 'config.kmsMasterKeyId' }],
});
