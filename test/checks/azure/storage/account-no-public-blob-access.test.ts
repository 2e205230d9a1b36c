import check from '../../../../checks/azure/storage/account-no-public-blob-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'disallowed', resource: storageAccount() }],
  fail: [
    { name: 'allowed', resource: storageAccount({ allowBlobPublicAccess: true }), evidencePath: 'config.allowBlobPublicAccess' },
    { name: 'not set (older account)', resource: storageAccount({ allowBlobPublicAccess: null }), evidencePath: 'config.allowBlobPublicAccess' },
  ],
  notAssessed: [{ name: 'unknown', resource: storageAccount({ allowBlobPublicAccess: undefined }), evidencePath: 'config.allowBlobPublicAccess' }],
});
