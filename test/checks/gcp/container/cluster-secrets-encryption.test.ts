import check from '../../../../checks/gcp/container/cluster-secrets-encryption.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cluster, KEY } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'encrypted with a KMS key', resource: cluster({ databaseEncryptionKey: KEY }) }],
  fail: [{ name: 'off', resource: cluster({ databaseEncryptionKey: null }), evidencePath: 'config.databaseEncryptionKey' }],
  notAssessed: [{ name: 'unreadable', resource: cluster({ databaseEncryptionKey: undefined }), evidencePath: 'config.databaseEncryptionKey' }],
});
