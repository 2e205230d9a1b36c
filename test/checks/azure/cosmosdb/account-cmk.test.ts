import check from '../../../../checks/azure/cosmosdb/account-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI account with a Key Vault key', resource: cosmos({}, { tags: PHI }) }],
  fail: [{ name: 'service-managed keys', resource: cosmos({ keyVaultKeyUri: null }, { tags: PHI }), evidencePath: 'config.keyVaultKeyUri' }],
  notAssessed: [{ name: 'unknown', resource: cosmos({ keyVaultKeyUri: undefined }, { tags: PHI }), evidencePath: 'config.keyVaultKeyUri' }],
  notApplicable: [{ name: 'no ePHI tags', resource: cosmos({ keyVaultKeyUri: null }) }],
});
