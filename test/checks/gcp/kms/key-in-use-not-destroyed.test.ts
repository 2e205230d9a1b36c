import check from '../../../../checks/gcp/kms/key-in-use-not-destroyed.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket, cryptoKey, disk, KEY } from '../_fixtures.js';

const users = [disk({ kmsKeyName: KEY }), bucket({ defaultKmsKeyName: KEY })];

checkCases(check, {
  pass: [{ name: 'enabled key in use', resource: cryptoKey({ primaryState: 'ENABLED' }), inventory: users }],
  fail: [
    { name: 'scheduled for destruction', resource: cryptoKey({ primaryState: 'DESTROY_SCHEDULED' }), inventory: users, evidencePath: 'config.primaryState' },
    { name: 'disabled', resource: cryptoKey({ primaryState: 'DISABLED' }), inventory: users, evidencePath: 'config.primaryState' },
  ],
  notAssessed: [{ name: 'state unreadable', resource: cryptoKey({ primaryState: undefined }), inventory: users, evidencePath: 'config.primaryState' }],
  notApplicable: [{ name: 'unused key', resource: cryptoKey({ primaryState: 'DESTROY_SCHEDULED' }), inventory: [disk({ kmsKeyName: null })] }],
});
