import check from '../../../../checks/azure/compute/disk-cmk.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, PHI, snapshot } from '../_fixtures.js';

const pmk = { encryptionType: 'EncryptionAtRestWithPlatformKey', diskEncryptionSetId: null };
checkCases(check, {
  pass: [
    { name: 'ePHI disk with a disk encryption set', resource: disk({}, { tags: PHI }) },
    { name: 'ePHI snapshot with double encryption', resource: snapshot({ encryptionType: 'EncryptionAtRestWithPlatformAndCustomerKeys' }, { tags: PHI }) },
  ],
  fail: [
    { name: 'ePHI disk with platform keys', resource: disk(pmk, { tags: PHI }), evidencePath: 'config.encryptionType' },
    { name: 'ePHI snapshot with platform keys', resource: snapshot(pmk, { tags: PHI }), evidencePath: 'config.encryptionType' },
  ],
  notAssessed: [{ name: 'encryption unreadable', resource: disk({ encryptionType: undefined }, { tags: PHI }), evidencePath: 'config.encryptionType' }],
  notApplicable: [{ name: 'disk without ePHI tags', resource: disk(pmk) }],
});
