import check from '../../../../checks/azure/storage/account-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

// TEST_NOW is 2026-11-01, after Azure Storage retired TLS 1.0 and 1.1 (2026-02-03); `before` runs the clock back.
const before = new Date('2026-01-15T00:00:00Z');
const path = 'config.minimumTlsVersion';

checkCases(check, {
  pass: [
    { name: 'TLS 1.2', resource: storageAccount() },
    { name: 'TLS 1.3', resource: storageAccount({ minimumTlsVersion: 'TLS1_3' }) },
    { name: 'TLS 1.0 set, but refused by the platform since February 2026', resource: storageAccount({ minimumTlsVersion: 'TLS1_0' }) },
    { name: 'not set, refused by the platform since February 2026', resource: storageAccount({ minimumTlsVersion: null }) },
  ],
  fail: [
    { name: 'TLS 1.0 before the retirement', resource: storageAccount({ minimumTlsVersion: 'TLS1_0' }), now: before, evidencePath: path },
    { name: 'TLS 1.1 before the retirement', resource: storageAccount({ minimumTlsVersion: 'TLS1_1' }), now: before, evidencePath: path },
    { name: 'not set before the retirement', resource: storageAccount({ minimumTlsVersion: null }), now: before, evidencePath: path },
  ],
  notAssessed: [{ name: 'unknown', resource: storageAccount({ minimumTlsVersion: undefined }), evidencePath: path }],
});
