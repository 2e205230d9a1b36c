import check from '../../../../checks/azure/storage/account-no-shared-key.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Entra ID only', resource: storageAccount({}, { tags: PHI }) }],
  fail: [
    { name: 'keys allowed', resource: storageAccount({ allowSharedKeyAccess: true }, { tags: PHI }), evidencePath: 'config.allowSharedKeyAccess' },
    { name: 'not set', resource: storageAccount({ allowSharedKeyAccess: null }, { tags: PHI }), evidencePath: 'config.allowSharedKeyAccess' },
  ],
  notAssessed: [{ name: 'unknown', resource: storageAccount({ allowSharedKeyAccess: undefined }, { tags: PHI }), evidencePath: 'config.allowSharedKeyAccess' }],
  notApplicable: [{ name: 'no ePHI tags', resource: storageAccount({ allowSharedKeyAccess: true }) }],
});
