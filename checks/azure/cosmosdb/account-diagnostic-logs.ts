import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly, logsCategory } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-cosmosdb-account-diagnostic-logs',
    title: 'Cosmos DB account holding ePHI sends data-plane request logs to a destination',
    severity: 'medium',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Which identity read or changed which ePHI documents is recorded only in the DataPlaneRequests resource log, which Azure keeps only when a diagnostic setting sends it to Log Analytics, a storage account or an event hub.',
    remediation: {
      summary: 'Add a diagnostic setting on the account that sends DataPlaneRequests (or the audit / allLogs group) to a Log Analytics workspace.',
      console: 'Azure Cosmos DB account > Monitoring > Diagnostic settings > Add diagnostic setting > DataPlaneRequests > Send to Log Analytics workspace.',
      cli: 'az monitor diagnostic-settings create --name audit --resource ACCOUNT_ID --workspace WORKSPACE_ID --logs \'[{"category":"DataPlaneRequests","enabled":true}]\'',
      terraform: 'resource "azurerm_monitor_diagnostic_setting" "cosmos" {\n  target_resource_id         = azurerm_cosmosdb_account.phi.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n  enabled_log { category = "DataPlaneRequests" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/monitor-resource-logs', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const settings = account.config.diagnosticSettings;
    const path = 'config.diagnosticSettings';
    if (settings === undefined) return notAssessed('the account diagnostic settings could not be read', [path, settings]);
    if (logsCategory(settings, 'DataPlaneRequests', ['audit', 'allLogs'])) return pass('data-plane request logs are exported', [path, settings.map((s) => s.name)]);
    return fail(settings.length === 0 ? 'no diagnostic setting on the account' : 'no diagnostic setting exports DataPlaneRequests', [path, settings]);
  },
});
