import check from '../../../../checks/azure/keyvault/key-rotation-policy.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { keyVaultKey } from '../_fixtures.js';

const policy = (lifetimeActions: { action: string; timeAfterCreate: string | null; timeBeforeExpiry: string | null }[], expiryTime: string | null = 'P2Y') => ({ rotationPolicy: { expiryTime, lifetimeActions } });
checkCases(check, {
  pass: [
    { name: 'rotate after one year', resource: keyVaultKey() },
    { name: 'rotate 30 days before a 1-year expiry', resource: keyVaultKey(policy([{ action: 'rotate', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }], 'P1Y')) },
  ],
  fail: [
    { name: 'no policy', resource: keyVaultKey({ rotationPolicy: null }), evidencePath: 'config.rotationPolicy' },
    { name: 'notify only', resource: keyVaultKey(policy([{ action: 'Notify', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }])), evidencePath: 'config.rotationPolicy' },
    { name: 'rotate every 3 years', resource: keyVaultKey(policy([{ action: 'Rotate', timeAfterCreate: 'P3Y', timeBeforeExpiry: null }], null)), evidencePath: 'config.rotationPolicy' },
  ],
  notAssessed: [
    { name: 'unknown', resource: keyVaultKey({ rotationPolicy: undefined }), evidencePath: 'config.rotationPolicy' },
    { name: 'rotate before expiry without an expiry time', resource: keyVaultKey(policy([{ action: 'Rotate', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }], null)), evidencePath: 'config.rotationPolicy' },
  ],
  notApplicable: [{ name: 'disabled key', resource: keyVaultKey({ enabled: false, rotationPolicy: null }) }],
});
