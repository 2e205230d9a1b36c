import check from '../../../../checks/gcp/storage/bucket-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'group reader only', resource: bucket({ iamBindings: [{ role: 'roles/storage.objectViewer', members: ['group:readers@example.org'], condition: null }] }) },
    { name: 'empty policy', resource: bucket({ iamBindings: [] }) },
  ],
  fail: [
    { name: 'allUsers viewer', resource: bucket({ iamBindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'], condition: null }] }), evidencePath: 'config.iamBindings' },
    { name: 'allAuthenticatedUsers among others', resource: bucket({ iamBindings: [{ role: 'roles/storage.legacyBucketReader', members: ['user:a@example.org', 'allAuthenticatedUsers'], condition: null }] }), evidencePath: 'config.iamBindings' },
  ],
  notAssessed: [{ name: 'IAM policy unreadable', resource: bucket({ iamBindings: undefined }), evidencePath: 'config.iamBindings' }],
});
