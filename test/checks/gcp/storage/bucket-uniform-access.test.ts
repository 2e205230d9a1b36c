import check from '../../../../checks/gcp/storage/bucket-uniform-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'uniform access on', resource: bucket({ uniformBucketLevelAccess: true }) }],
  fail: [{ name: 'fine-grained ACLs', resource: bucket({ uniformBucketLevelAccess: false }), evidencePath: 'config.uniformBucketLevelAccess' }],
  notAssessed: [{ name: 'unreadable', resource: bucket({ uniformBucketLevelAccess: undefined }), evidencePath: 'config.uniformBucketLevelAccess' }],
});
