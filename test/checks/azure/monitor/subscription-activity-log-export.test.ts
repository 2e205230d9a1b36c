import check from '../../../../checks/azure/monitor/subscription-activity-log-export.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { diag, logCat, logGroup, subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'categories to Log Analytics', resource: subscription() },
    { name: 'allLogs to storage', resource: subscription({ activityLogDiagnosticSettings: [diag([logGroup('allLogs')], { workspaceId: null, storageAccountId: 'sa' })] }) },
  ],
  fail: [
    { name: 'not exported', resource: subscription({ activityLogDiagnosticSettings: [] }), evidencePath: 'config.activityLogDiagnosticSettings' },
    { name: 'Policy category missing', resource: subscription({ activityLogDiagnosticSettings: [diag([logCat('Administrative'), logCat('Security')])] }), evidencePath: 'config.activityLogDiagnosticSettings' },
  ],
  notAssessed: [{ name: 'unknown', resource: subscription({ activityLogDiagnosticSettings: undefined }), evidencePath: 'config.activityLogDiagnosticSettings' }],
});
