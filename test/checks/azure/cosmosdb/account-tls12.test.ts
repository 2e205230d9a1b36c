import check from '../../../../checks/azure/cosmosdb/account-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Tls12', resource: cosmos() }],
  fail: [{ name: 'Tls (1.0)', resource: cosmos({ minimalTlsVersion: 'Tls' }), evidencePath: 'config.minimalTlsVersion' }, { name: 'Tls11', resource: cosmos({ minimalTlsVersion: 'Tls11' }), evidencePath: 'config.minimalTlsVersion' }],
  notAssessed: [
    { name: 'unknown', resource: cosmos({ minimalTlsVersion: undefined }), evidencePath: 'config.minimalTlsVersion' },
    { name: 'not returned (service default)', resource: cosmos({ minimalTlsVersion: null }), evidencePath: 'config.minimalTlsVersion' },
  ],
});
