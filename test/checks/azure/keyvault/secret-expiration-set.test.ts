import check from '../../../../checks/azure/keyvault/secret-expiration-set.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVaultSecret } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'expires', resource: keyVaultSecret() }],
  fail: [{ name: 'never expires', resource: keyVaultSecret({ expires: null }), evidencePath: 'config.expires' }],
  notAssessed: [
    { name: 'attributes unreadable', resource: keyVaultSecret({ expires: undefined }), evidencePath: 'config.expires' },
    { name: 'enabled state unknown and no expiry read', resource: keyVaultSecret({ enabled: undefined, expires: undefined }), evidencePath: 'config.expires' },
  ],
  notApplicable: [{ name: 'disabled secret', resource: keyVaultSecret({ enabled: false, expires: null }) }],
});
