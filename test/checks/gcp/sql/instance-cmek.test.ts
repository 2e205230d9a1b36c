import check from '../../../../checks/gcp/sql/instance-cmek.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { KEY, PHI, sqlInstance } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI instance with CMEK', resource: sqlInstance({ kmsKeyName: KEY }, { tags: PHI }) }],
  fail: [{ name: 'ePHI instance with Google-managed key', resource: sqlInstance({ kmsKeyName: null }, { tags: PHI }), evidencePath: 'config.kmsKeyName' }],
  notAssessed: [
    { name: 'unreadable', resource: sqlInstance({ kmsKeyName: undefined }, { tags: PHI }), evidencePath: 'config.kmsKeyName' },
    { name: 'labels unreadable: whether it holds ePHI is unknown', resource: sqlInstance({ kmsKeyName: null }, { tags: undefined }), evidencePath: 'tags' },
  ],
  notApplicable: [{ name: 'non-ePHI instance', resource: sqlInstance({ kmsKeyName: null }) }],
});
