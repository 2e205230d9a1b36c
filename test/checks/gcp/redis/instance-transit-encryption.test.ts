import check from '../../../../checks/gcp/redis/instance-transit-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, redisInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'SERVER_AUTHENTICATION', resource: redisInstance({ transitEncryptionMode: 'SERVER_AUTHENTICATION' }, { tags: PHI }) }],
  fail: [
    { name: 'DISABLED', resource: redisInstance({ transitEncryptionMode: 'DISABLED' }, { tags: PHI }), evidencePath: 'config.transitEncryptionMode' },
    { name: 'unspecified mode (TLS disabled per the API)', resource: redisInstance({ transitEncryptionMode: 'TRANSIT_ENCRYPTION_MODE_UNSPECIFIED' }), evidencePath: 'config.transitEncryptionMode' },
  ],
  notAssessed: [{ name: 'mode unreadable', resource: redisInstance({ transitEncryptionMode: undefined }), evidencePath: 'config.transitEncryptionMode' }],
});
