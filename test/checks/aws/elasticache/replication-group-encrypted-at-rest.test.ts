import check from '../../../../checks/aws/elasticache/replication-group-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.elasticache.replication-group';
checkCases(check, {
  pass: [{ name: 'encrypted', resource: aws(T) }],
  fail: [{ name: 'unencrypted', resource: aws(T, { atRestEncryptionEnabled: false }), evidencePath: 'config.atRestEncryptionEnabled' }],
  notAssessed: [{ name: 'unread', resource: aws(T, { atRestEncryptionEnabled: undefined }), evidencePath: 'config.atRestEncryptionEnabled' }],
});
