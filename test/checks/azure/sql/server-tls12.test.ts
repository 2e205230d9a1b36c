import check from '../../../../checks/azure/sql/server-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlServer } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: '1.2', resource: sqlServer() }, { name: '1.3', resource: sqlServer({ minimalTlsVersion: '1.3' }) }],
  fail: [
    { name: '1.0', resource: sqlServer({ minimalTlsVersion: '1.0' }), evidencePath: 'config.minimalTlsVersion' },
    { name: 'None', resource: sqlServer({ minimalTlsVersion: 'None' }), evidencePath: 'config.minimalTlsVersion' },
    { name: 'not set', resource: sqlServer({ minimalTlsVersion: null }), evidencePath: 'config.minimalTlsVersion' },
  ],
  notAssessed: [{ name: 'unknown', resource: sqlServer({ minimalTlsVersion: undefined }), evidencePath: 'config.minimalTlsVersion' }],
});
