import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-auditing',
    title: 'Azure SQL server auditing is on and keeps logs at least 90 days',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Server auditing records who queried and changed which database, the activity the Security Rule requires you to record and examine for ePHI. Server-level auditing covers every database on the server, including ones created later.',
    remediation: {
      summary: 'Enable server auditing to a Log Analytics workspace or storage account with retention of 90 days or more (0 = keep forever).',
      console: 'SQL server > Security > Auditing > Enable Azure SQL Auditing: On > choose a destination and retention.',
      cli: 'az sql server audit-policy update -g RG -n SERVER --state Enabled --lat-enabled true --lat-workspace-id WORKSPACE_ID',
      terraform: 'resource "azurerm_mssql_server_extended_auditing_policy" "phi" {\n  server_id              = azurerm_mssql_server.phi.id\n  log_monitoring_enabled = true\n  retention_in_days      = 0\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/auditing-overview'],
    defaultOptions: { minRetentionDays: 90 },
  },
  evaluate(server, ctx) {
    const a = server.config.auditing;
    const path = 'config.auditing';
    if (a === undefined) return notAssessed('the server auditing settings could not be read', [path, a]);
    if (a.state !== 'Enabled') return fail('server auditing is disabled', ['config.auditing.state', a.state]);
    const min = (ctx.options.minRetentionDays as number | undefined) ?? 90;
    // Retention applies to the storage destination; 0 or unset means unlimited. Log Analytics keeps per its workspace setting.
    if (a.retentionDays !== null && a.retentionDays > 0 && a.retentionDays < min && !a.isAzureMonitorTargetEnabled) return fail(`audit logs are kept ${a.retentionDays} day(s) (< ${min})`, ['config.auditing.retentionDays', a.retentionDays]);
    return pass(`auditing on${a.isAzureMonitorTargetEnabled ? ' (to Azure Monitor)' : ''}, retention ${a.retentionDays ? `${a.retentionDays} days` : 'unlimited'}`, [path, a]);
  },
});
