import check from '../../../../checks/azure/recoveryservices/vault-multi-user-authorization.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { RG, rsVault } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'guard in a security subscription', resource: rsVault() },
    { name: 'guard in the vault\'s own subscription', resource: rsVault({ resourceGuardIds: [`${RG}/providers/Microsoft.DataProtection/resourceGuards/local`] }) },
  ],
  fail: [{ name: 'no Resource Guard', resource: rsVault({ resourceGuardIds: [] }), evidencePath: 'config.resourceGuardIds' }],
  notAssessed: [{ name: 'proxies unreadable', resource: rsVault({ resourceGuardIds: undefined }), evidencePath: 'config.resourceGuardIds' }],
});
