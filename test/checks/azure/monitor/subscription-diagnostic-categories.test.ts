import check from '../../../../checks/azure/monitor/subscription-diagnostic-categories.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { diag, logCat, logGroup, subscription } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'the four categories to Log Analytics', resource: subscription() },
    { name: 'allLogs to an event hub', resource: subscription({ activityLogDiagnosticSettings: [diag([logGroup('allLogs')], { workspaceId: null, eventHubAuthorizationRuleId: 'rule' })] }) },
  ],
  fail: [
    { name: 'Alert missing', resource: subscription({ activityLogDiagnosticSettings: [diag([logCat('Administrative'), logCat('Security'), logCat('Policy')])] }), evidencePath: 'config.activityLogDiagnosticSettings' },
    { name: 'categories disabled', resource: subscription({ activityLogDiagnosticSettings: [diag([logCat('Administrative', false), logCat('Security'), logCat('Alert'), logCat('Policy')])] }), evidencePath: 'config.activityLogDiagnosticSettings' },
    { name: 'no destination', resource: subscription({ activityLogDiagnosticSettings: [diag([logGroup('allLogs')], { workspaceId: null })] }), evidencePath: 'config.activityLogDiagnosticSettings' },
  ],
  notAssessed: [{ name: 'unreadable', resource: subscription({ activityLogDiagnosticSettings: undefined }), evidencePath: 'config.activityLogDiagnosticSettings' }],
});
