import check from '../../../../checks/azure/keyvault/key-expiration-set.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVaultKey } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'expires', resource: keyVaultKey() }],
  fail: [{ name: 'never expires', resource: keyVaultKey({ expires: null }), evidencePath: 'config.expires' }],
  notAssessed: [{ name: 'attributes unreadable', resource: keyVaultKey({ expires: undefined }), evidencePath: 'config.expires' }],
  notApplicable: [{ name: 'disabled key', resource: keyVaultKey({ enabled: false, expires: null }) }],
});
