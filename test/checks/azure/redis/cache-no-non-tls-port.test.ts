import check from '../../../../checks/azure/redis/cache-no-non-tls-port.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { redis } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'disabled', resource: redis() }, { name: 'not returned (default off)', resource: redis({ enableNonSslPort: null }) }],
  fail: [{ name: 'port 6379 open', resource: redis({ enableNonSslPort: true }), evidencePath: 'config.enableNonSslPort' }],
  notAssessed: [{ name: 'unknown', resource: redis({ enableNonSslPort: undefined }), evidencePath: 'config.enableNonSslPort' }],
});
