import check from '../../../../checks/aws/elasticache/replication-group-encrypted-in-transit.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.elasticache.replication-group';
checkCases(check, {
  pass: [{ name: 'required', resource: aws(T) }],
  fail: [
    { name: 'off', resource: aws(T, { transitEncryptionEnabled: false, transitEncryptionMode: null }), evidencePath: 'config.transitEncryptionEnabled' },
    { name: 'preferred', resource: aws(T, { transitEncryptionMode: 'preferred' }), evidencePath: 'config.transitEncryptionMode' },
  ],
  notAssessed: [
    { name: 'unread', resource: aws(T, { transitEncryptionEnabled: undefined }), evidencePath: 'config.transitEncryptionEnabled' },
    { name: 'mode unread', resource: aws(T, { transitEncryptionMode: undefined }), evidencePath: 'config.transitEncryptionMode' },
  ],
});
