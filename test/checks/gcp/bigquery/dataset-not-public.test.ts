import check from '../../../../checks/gcp/bigquery/dataset-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { dataset } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'owners and a group', resource: dataset({ accessMembers: ['projectOwners', 'group:analysts@example.org'] }) }],
  fail: [
    { name: 'allAuthenticatedUsers', resource: dataset({ accessMembers: ['projectOwners', 'allAuthenticatedUsers'] }), evidencePath: 'config.accessMembers' },
    { name: 'allUsers', resource: dataset({ accessMembers: ['allUsers'] }), evidencePath: 'config.accessMembers' },
  ],
  notAssessed: [{ name: 'unreadable', resource: dataset({ accessMembers: undefined }), evidencePath: 'config.accessMembers' }],
});
