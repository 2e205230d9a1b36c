import check from '../../../../checks/azure/keyvault/vault-purge-protection.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'on', resource: keyVault() }],
  fail: [{ name: 'not set', resource: keyVault({ enablePurgeProtection: null }), evidencePath: 'config.enablePurgeProtection' }],
  notAssessed: [{ name: 'unknown', resource: keyVault({ enablePurgeProtection: undefined }), evidencePath: 'config.enablePurgeProtection' }],
});
