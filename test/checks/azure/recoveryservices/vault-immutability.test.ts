import check from '../../../../checks/azure/recoveryservices/vault-immutability.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { rsVault } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'Locked', resource: rsVault() }, { name: 'Unlocked when locking is not required', resource: rsVault({ immutabilityState: 'Unlocked' }), options: { requireLocked: false } }],
  fail: [
    { name: 'Unlocked', resource: rsVault({ immutabilityState: 'Unlocked' }), evidencePath: 'config.immutabilityState' },
    { name: 'never set', resource: rsVault({ immutabilityState: null }), evidencePath: 'config.immutabilityState' },
    { name: 'Disabled', resource: rsVault({ immutabilityState: 'Disabled' }), evidencePath: 'config.immutabilityState' },
  ],
  notAssessed: [{ name: 'unknown', resource: rsVault({ immutabilityState: undefined }), evidencePath: 'config.immutabilityState' }],
});
