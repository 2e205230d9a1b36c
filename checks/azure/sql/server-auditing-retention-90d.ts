import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-auditing-retention-90d',
    title: 'SQL server audit logs in storage are kept at least 90 days',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['audit-logging'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(b)'],
    rationale: 'Audit records of who queried or changed databases with ePHI are what an investigation or a breach risk assessment reads, often months later. Azure Policy ("SQL servers with auditing to storage account destination should be configured with 90 days retention or higher", in the HIPAA HITRUST initiative), CIS Microsoft Azure Foundations 4.1.4 and Prowler (sql_server_auditing_retention_90_days) ask for at least 90 days; 0 keeps them indefinitely. Audit sent only to Log Analytics is kept as long as the workspace keeps data (30 days by default), which this check does not read.',
    remediation: {
      summary: 'Set the server auditing retention for the storage destination to 90 days or more (0 keeps audit records indefinitely).',
      console: 'SQL server > Security > Auditing > Storage > Advanced properties > Retention (Days): 90 or more > Save.',
      cli: 'az sql server audit-policy update -g RG -n SERVER --state Enabled --blob-storage-target-state Enabled --storage-account STORAGE --retention-days 90',
      terraform: 'resource "azurerm_mssql_server_extended_auditing_policy" "phi" {\n  server_id         = azurerm_mssql_server.phi.id\n  storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint\n  retention_in_days = 90\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/auditing-overview', 'https://learn.microsoft.com/rest/api/sql/server-blob-auditing-policies/get'],
    defaultOptions: { minDays: 90 },
  },
  evaluate(server, ctx) {
    const a = server.config.auditing;
    const path = 'config.auditing';
    if (a === undefined || a.storageEndpoint === undefined) return notAssessed('the server auditing settings could not be read', [path, a]);
    if (a.state !== 'Enabled') return fail('server auditing is off, so no audit records are kept at all', [`${path}.state`, a.state]);
    if (a.storageEndpoint === null) {
      return a.isAzureMonitorTargetEnabled
        ? notAssessed('audit records go only to Azure Monitor (Log Analytics or Event Hubs), whose retention is the destination\'s and is not read here', [path, a])
        : notApplicable('auditing has no storage destination');
    }
    const minDays = typeof ctx.options.minDays === 'number' ? ctx.options.minDays : 90;
    const days = a.retentionDays;
    if (days === null || days === 0) return pass('audit records in storage are kept indefinitely (retention 0)', [`${path}.retentionDays`, days]);
    return days >= minDays ? pass(`audit records in storage are kept ${days} days`, [`${path}.retentionDays`, days]) : fail(`audit records in storage are kept only ${days} days (under ${minDays})`, [`${path}.retentionDays`, days]);
  },
});
