import check from '../../../../checks/gcp/compute/disk-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'Google-managed keys are encryption at rest', resource: disk({ kmsKeyName: null }, { tags: PHI }) },
    { name: 'customer-managed key', resource: disk({ kmsKeyName: KEY }, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Google Cloud encrypts all customer content at rest and cannot be told not to; the key is Google-managed or a CMEK key, never none.',
  notAssessed: [{ name: 'key unreadable', resource: disk({ kmsKeyName: undefined }), evidencePath: 'config.kmsKeyName' }],
});
