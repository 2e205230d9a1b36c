import check from '../../../../checks/gcp/bigquery/dataset-encrypted-at-rest.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { dataset, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'Google-managed keys are encryption at rest', resource: dataset({ defaultKmsKeyName: null }, { tags: PHI }) },
    { name: 'customer-managed key', resource: dataset({ defaultKmsKeyName: KEY }, { tags: PHI }) },
  ],
  fail: [],
  cannotFail: 'Google Cloud encrypts all customer content at rest and cannot be told not to; the key is Google-managed or a CMEK key, never none.',
  notAssessed: [{ name: 'key unreadable', resource: dataset({ defaultKmsKeyName: undefined }), evidencePath: 'config.defaultKmsKeyName' }],
});
