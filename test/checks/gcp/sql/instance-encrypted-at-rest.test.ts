import check from '../../../../checks/gcp/sql/instance-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlInstance, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'Google-managed keys are encryption at rest', resource: sqlInstance({ kmsKeyName: null }, { tags: PHI }) },
    { name: 'customer-managed key', resource: sqlInstance({ kmsKeyName: KEY }, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Google Cloud encrypts all customer content at rest and cannot be told not to; the key is Google-managed or a CMEK key, never none.',
  notAssessed: [{ name: 'key unreadable', resource: sqlInstance({ kmsKeyName: undefined }), evidencePath: 'config.kmsKeyName' }],
});
