import check from '../../../../checks/azure/compute/disk-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, PHI, snapshot } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'platform-managed keys are encryption at rest', resource: disk({ encryptionType: 'EncryptionAtRestWithPlatformKey', diskEncryptionSetId: null }, { tags: PHI }) },
    { name: 'customer-managed key', resource: disk({}, { tags: PHI }) },
    { name: 'snapshot with double encryption', resource: snapshot({ encryptionType: 'EncryptionAtRestWithPlatformAndCustomerKeys' }) },
  ],
  fail: [],
  cannotFail: 'Azure server-side encryption is on for every managed disk and snapshot and cannot be turned off; the API has no unencrypted type to report.',
  notAssessed: [{ name: 'encryption unreadable', resource: disk({ encryptionType: undefined }), evidencePath: 'config.encryptionType' }],
});
