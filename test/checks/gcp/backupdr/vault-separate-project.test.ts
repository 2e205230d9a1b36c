import check from '../../../../checks/gcp/backupdr/vault-separate-project.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { backupPlan, planAssociation, project } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'data source in a backup project', resource: planAssociation() },
    { name: 'vault from the plan (no data source yet)', resource: planAssociation({ dataSource: null }), inventory: [backupPlan()] },
    { name: 'workload named by project number, vault by id', resource: planAssociation({ resource: 'projects/123/zones/us-central1-a/instances/vm1' }), inventory: [project()] },
  ],
  fail: [
    { name: 'vault in the workload project', resource: planAssociation({ dataSource: 'projects/phi-prod/locations/us-central1/backupVaults/v1/dataSources/ds1' }), evidencePath: 'projects' },
    { name: 'same project, one side by number', resource: planAssociation({ dataSource: 'projects/123/locations/us-central1/backupVaults/v1/dataSources/ds1' }), inventory: [project()], evidencePath: 'projects' },
  ],
  notAssessed: [
    { name: 'no data source and the plan not collected', resource: planAssociation({ dataSource: null }), evidencePath: 'projects' },
    { name: 'a project number no collected project explains', resource: planAssociation({ dataSource: 'projects/456/locations/us-central1/backupVaults/v1/dataSources/ds1' }), evidencePath: 'projects' },
  ],
  notApplicable: [{ name: 'being deleted', resource: planAssociation({ state: 'DELETING' }) }],
});
