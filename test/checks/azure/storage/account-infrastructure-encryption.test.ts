import check from '../../../../checks/azure/storage/account-infrastructure-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PHI, storageAccount } from '../_fixtures.js';

const single = { keySource: 'Microsoft.Storage' as const, requireInfrastructureEncryption: null, keyVaultProperties: null };
checkCases(check, {
  pass: [{ name: 'ePHI account with infrastructure encryption', resource: storageAccount({}, { tags: PHI }) }],
  fail: [
    { name: 'not set', resource: storageAccount({ encryption: single }, { tags: PHI }), evidencePath: 'config.encryption.requireInfrastructureEncryption' },
    { name: 'explicitly false', resource: storageAccount({ encryption: { ...single, requireInfrastructureEncryption: false } }, { tags: PHI }), evidencePath: 'config.encryption.requireInfrastructureEncryption' },
  ],
  notAssessed: [{ name: 'encryption unreadable', resource: storageAccount({ encryption: undefined }, { tags: PHI }), evidencePath: 'config.encryption' }],
  notApplicable: [{ name: 'account without ePHI tags', resource: storageAccount({ encryption: single }) }],
});
