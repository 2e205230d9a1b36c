import check from '../../../../checks/azure/recoveryservices/vault-soft-delete.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { rsVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'AlwaysON', resource: rsVault() }, { name: 'Enabled', resource: rsVault({ softDeleteState: 'Enabled' }) }],
  fail: [{ name: 'Disabled', resource: rsVault({ softDeleteState: 'Disabled' }), evidencePath: 'config.softDeleteState' }],
  notAssessed: [{ name: 'unknown', resource: rsVault({ softDeleteState: undefined }), evidencePath: 'config.softDeleteState' }],
});
