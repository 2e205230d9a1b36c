import check from '../../../../checks/azure/cosmosdb/account-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'service-managed keys are encryption at rest', resource: cosmos({ keyVaultKeyUri: null }, { tags: PHI }) },
    { name: 'customer-managed key', resource: cosmos({}, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Cosmos DB encrypts all data at rest with service-managed keys and cannot be told not to.',
  notAssessed: [{ name: 'encryption unreadable', resource: cosmos({ keyVaultKeyUri: undefined }), evidencePath: 'config.keyVaultKeyUri' }],
});
