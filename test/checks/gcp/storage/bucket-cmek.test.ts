import check from '../../../../checks/gcp/storage/bucket-cmek.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket, KEY, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI bucket with a CMEK default key', resource: bucket({ defaultKmsKeyName: KEY }, { tags: PHI }) }],
  fail: [{ name: 'ePHI bucket with Google-managed keys', resource: bucket({ defaultKmsKeyName: null }, { tags: PHI }), evidencePath: 'config.defaultKmsKeyName' }],
  notAssessed: [{ name: 'encryption unreadable', resource: bucket({ defaultKmsKeyName: undefined }, { tags: PHI }), evidencePath: 'config.defaultKmsKeyName' }],
  notApplicable: [{ name: 'bucket without ePHI labels', resource: bucket({ defaultKmsKeyName: null }, { tags: { env: 'dev' } }) }],
});
