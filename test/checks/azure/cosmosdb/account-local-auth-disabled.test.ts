import check from '../../../../checks/azure/cosmosdb/account-local-auth-disabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'local auth disabled', resource: cosmos({}, { tags: PHI }) }],
  fail: [{ name: 'not set', resource: cosmos({ disableLocalAuth: null }, { tags: PHI }), evidencePath: 'config.disableLocalAuth' }, { name: 'false', resource: cosmos({ disableLocalAuth: false }, { tags: PHI }), evidencePath: 'config.disableLocalAuth' }],
  notAssessed: [{ name: 'unknown', resource: cosmos({ disableLocalAuth: undefined }, { tags: PHI }), evidencePath: 'config.disableLocalAuth' }],
  notApplicable: [{ name: 'no ePHI tags', resource: cosmos({ disableLocalAuth: false }) }],
});
