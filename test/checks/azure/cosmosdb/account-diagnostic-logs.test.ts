import check from '../../../../checks/azure/cosmosdb/account-diagnostic-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cosmos, diag, logCat, PHI } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'audit group', resource: cosmos({}, { tags: PHI }) }, { name: 'DataPlaneRequests', resource: cosmos({ diagnosticSettings: [diag([logCat('DataPlaneRequests')])] }, { tags: PHI }) }],
  fail: [
    { name: 'none', resource: cosmos({ diagnosticSettings: [] }, { tags: PHI }), evidencePath: 'config.diagnosticSettings' },
    { name: 'control plane only', resource: cosmos({ diagnosticSettings: [diag([logCat('ControlPlaneRequests')])] }, { tags: PHI }), evidencePath: 'config.diagnosticSettings' },
  ],
  notAssessed: [{ name: 'unknown', resource: cosmos({ diagnosticSettings: undefined }, { tags: PHI }), evidencePath: 'config.diagnosticSettings' }],
  notApplicable: [{ name: 'no ePHI tags', resource: cosmos({ diagnosticSettings: [] }) }],
});
