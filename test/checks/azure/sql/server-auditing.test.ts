import check from '../../../../checks/azure/sql/server-auditing.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlServer } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'to Azure Monitor, unlimited', resource: sqlServer() },
    { name: 'to storage, 180 days', resource: sqlServer({ auditing: { state: 'Enabled', retentionDays: 180, isAzureMonitorTargetEnabled: false, storageEndpoint: null } }) },
  ],
  fail: [
    { name: 'disabled', resource: sqlServer({ auditing: { state: 'Disabled', retentionDays: null, isAzureMonitorTargetEnabled: false, storageEndpoint: null } }), evidencePath: 'config.auditing.state' },
    { name: 'storage retention 30 days', resource: sqlServer({ auditing: { state: 'Enabled', retentionDays: 30, isAzureMonitorTargetEnabled: false, storageEndpoint: null } }), evidencePath: 'config.auditing.retentionDays' },
  ],
  notAssessed: [{ name: 'unknown', resource: sqlServer({ auditing: undefined }), evidencePath: 'config.auditing' }],
});
