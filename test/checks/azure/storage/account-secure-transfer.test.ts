import check from '../../../../checks/azure/storage/account-secure-transfer.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'HTTPS only', resource: storageAccount() }],
  fail: [{ name: 'HTTP allowed', resource: storageAccount({ supportsHttpsTrafficOnly: false }), evidencePath: 'config.supportsHttpsTrafficOnly' }],
  notAssessed: [{ name: 'unknown', resource: storageAccount({ supportsHttpsTrafficOnly: undefined }), evidencePath: 'config.supportsHttpsTrafficOnly' }],
});
