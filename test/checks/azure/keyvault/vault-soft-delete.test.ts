import check from '../../../../checks/azure/keyvault/vault-soft-delete.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'on', resource: keyVault() }, { name: 'not returned (mandatory default)', resource: keyVault({ enableSoftDelete: null, softDeleteRetentionInDays: null }) }],
  fail: [{ name: 'off on a legacy vault', resource: keyVault({ enableSoftDelete: false }), evidencePath: 'config.enableSoftDelete' }],
  notAssessed: [{ name: 'unknown', resource: keyVault({ enableSoftDelete: undefined }), evidencePath: 'config.enableSoftDelete' }],
});
