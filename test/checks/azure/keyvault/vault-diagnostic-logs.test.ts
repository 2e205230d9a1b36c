import check from '../../../../checks/azure/keyvault/vault-diagnostic-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { diag, keyVault, logCat, logGroup } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'AuditEvent to Log Analytics', resource: keyVault() }, { name: 'allLogs to an event hub', resource: keyVault({ diagnosticSettings: [diag([logGroup('allLogs')], { workspaceId: null, eventHubAuthorizationRuleId: 'eh' })] }) }],
  fail: [
    { name: 'none', resource: keyVault({ diagnosticSettings: [] }), evidencePath: 'config.diagnosticSettings' },
    { name: 'metrics-like category only', resource: keyVault({ diagnosticSettings: [diag([logCat('AzurePolicyEvaluationDetails'), logCat('AuditEvent', false)])] }), evidencePath: 'config.diagnosticSettings' },
  ],
  notAssessed: [{ name: 'unknown', resource: keyVault({ diagnosticSettings: undefined }), evidencePath: 'config.diagnosticSettings' }],
});
