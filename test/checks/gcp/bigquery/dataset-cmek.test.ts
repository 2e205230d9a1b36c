import check from '../../../../checks/gcp/bigquery/dataset-cmek.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { dataset, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI dataset with CMEK', resource: dataset({ defaultKmsKeyName: KEY }, { tags: PHI }) }],
  fail: [{ name: 'ePHI dataset without CMEK', resource: dataset({ defaultKmsKeyName: null }, { tags: PHI }), evidencePath: 'config.defaultKmsKeyName' }],
  notAssessed: [{ name: 'unreadable', resource: dataset({ defaultKmsKeyName: undefined }, { tags: PHI }), evidencePath: 'config.defaultKmsKeyName' }],
  notApplicable: [{ name: 'non-ePHI dataset', resource: dataset({ defaultKmsKeyName: null }) }],
});
