import check from '../../../../checks/gcp/bigquery/dataset-not-public.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { dataset } from '../_fixtures.js';

const binding = (members: string[]) => [{ role: 'roles/bigquery.dataViewer', members, condition: null }];

checkCases(check, {
  pass: [{ name: 'owners and a group', resource: dataset({ accessMembers: ['projectOwners', 'group:analysts@example.org'], iamBindings: binding(['group:analysts@example.org']) }) }],
  fail: [
    { name: 'allAuthenticatedUsers', resource: dataset({ accessMembers: ['projectOwners', 'allAuthenticatedUsers'] }), evidencePath: 'config.accessMembers' },
    { name: 'allUsers', resource: dataset({ accessMembers: ['allUsers'] }), evidencePath: 'config.accessMembers' },
    { name: 'public only in the IAM policy', resource: dataset({ iamBindings: binding(['allUsers']) }), evidencePath: 'config.iamBindings' },
    { name: 'public in the IAM policy while the access list was not returned', resource: dataset({ accessMembers: undefined, iamBindings: binding(['allAuthenticatedUsers']) }), evidencePath: 'config.iamBindings' },
  ],
  notAssessed: [
    { name: 'access list not returned', resource: dataset({ accessMembers: undefined }), evidencePath: 'config.accessMembers' },
    { name: 'IAM policy unreadable', resource: dataset({ iamBindings: undefined }), evidencePath: 'config.iamBindings' },
  ],
});
