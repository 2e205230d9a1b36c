import check from '../../../../checks/gcp/storage/bucket-public-access-prevention.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'enforced', resource: bucket({ publicAccessPrevention: 'enforced' }) }],
  fail: [
    { name: 'inherited', resource: bucket({ publicAccessPrevention: 'inherited' }), evidencePath: 'config.publicAccessPrevention' },
    { name: 'unspecified', resource: bucket({ publicAccessPrevention: 'unspecified' }), evidencePath: 'config.publicAccessPrevention' },
  ],
  notAssessed: [{ name: 'unreadable', resource: bucket({ publicAccessPrevention: undefined }), evidencePath: 'config.publicAccessPrevention' }],
});
