import check from '../../../../checks/azure/redis/cache-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { redis } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: '1.2', resource: redis() }],
  fail: [{ name: '1.0', resource: redis({ minimumTlsVersion: '1.0' }), evidencePath: 'config.minimumTlsVersion' }, { name: '1.1', resource: redis({ minimumTlsVersion: '1.1' }), evidencePath: 'config.minimumTlsVersion' }],
  notAssessed: [
    { name: 'unknown', resource: redis({ minimumTlsVersion: undefined }), evidencePath: 'config.minimumTlsVersion' },
    { name: 'not set (service default)', resource: redis({ minimumTlsVersion: null }), evidencePath: 'config.minimumTlsVersion' },
  ],
});
