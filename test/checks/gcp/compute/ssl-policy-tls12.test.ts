import check from '../../../../checks/gcp/compute/ssl-policy-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sslPolicy } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'TLS 1.2', resource: sslPolicy({ minTlsVersion: 'TLS_1_2' }) },
    { name: 'TLS 1.3', resource: sslPolicy({ minTlsVersion: 'TLS_1_3' }) },
  ],
  fail: [
    { name: 'TLS 1.0', resource: sslPolicy({ minTlsVersion: 'TLS_1_0' }), evidencePath: 'config.minTlsVersion' },
    { name: 'TLS 1.1', resource: sslPolicy({ minTlsVersion: 'TLS_1_1' }), evidencePath: 'config.minTlsVersion' },
  ],
  notAssessed: [{ name: 'unreadable', resource: sslPolicy({ minTlsVersion: undefined }), evidencePath: 'config.minTlsVersion' }],
});
