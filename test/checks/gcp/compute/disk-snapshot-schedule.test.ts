import check from '../../../../checks/gcp/compute/disk-snapshot-schedule.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, PHI, resourcePolicy } from '../_fixtures.js';

const schedule = resourcePolicy();
const placement = resourcePolicy({ snapshotSchedule: null }, { id: '//compute.googleapis.com/projects/phi-prod/regions/us-central1/resourcePolicies/spread' });

checkCases(check, {
  pass: [{ name: 'snapshot schedule attached', resource: disk({ resourcePolicies: [schedule.id] }, { tags: PHI }), inventory: [schedule] }],
  fail: [
    { name: 'no resource policy', resource: disk({ resourcePolicies: [] }, { tags: PHI }), evidencePath: 'config.resourcePolicies' },
    { name: 'only a placement policy', resource: disk({ resourcePolicies: [placement.id] }, { tags: PHI }), inventory: [placement], evidencePath: 'config.resourcePolicies' },
  ],
  notAssessed: [
    { name: 'policies unreadable', resource: disk({ resourcePolicies: undefined }, { tags: PHI }), evidencePath: 'config.resourcePolicies' },
    { name: 'attached policy not collected', resource: disk({ resourcePolicies: [schedule.id] }, { tags: PHI }), evidencePath: 'config.resourcePolicies' },
  ],
  notApplicable: [{ name: 'non-ePHI disk', resource: disk({ resourcePolicies: [] }) }],
});
