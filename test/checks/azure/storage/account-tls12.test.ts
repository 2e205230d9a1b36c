import check from '../../../../checks/azure/storage/account-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'TLS 1.2', resource: storageAccount() }, { name: 'TLS 1.3', resource: storageAccount({ minimumTlsVersion: 'TLS1_3' }) }],
  fail: [
    { name: 'TLS 1.0', resource: storageAccount({ minimumTlsVersion: 'TLS1_0' }), evidencePath: 'config.minimumTlsVersion' },
    { name: 'TLS 1.1', resource: storageAccount({ minimumTlsVersion: 'TLS1_1' }), evidencePath: 'config.minimumTlsVersion' },
    { name: 'not set', resource: storageAccount({ minimumTlsVersion: null }), evidencePath: 'config.minimumTlsVersion' },
  ],
  notAssessed: [{ name: 'unknown', resource: storageAccount({ minimumTlsVersion: undefined }), evidencePath: 'config.minimumTlsVersion' }],
});
