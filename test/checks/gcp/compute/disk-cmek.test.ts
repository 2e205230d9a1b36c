import check from '../../../../checks/gcp/compute/disk-cmek.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI disk with CMEK', resource: disk({ kmsKeyName: KEY }, { tags: PHI }) }],
  fail: [{ name: 'ePHI disk with Google-managed key', resource: disk({ kmsKeyName: null }, { tags: PHI }), evidencePath: 'config.kmsKeyName' }],
  notAssessed: [{ name: 'key unreadable', resource: disk({ kmsKeyName: undefined }, { tags: PHI }), evidencePath: 'config.kmsKeyName' }],
  notApplicable: [{ name: 'non-ePHI disk', resource: disk({ kmsKeyName: null }, { tags: {} }) }],
});
