import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly, logsCategory } from '../_shared.js';

const CATEGORIES = ['StorageRead', 'StorageWrite', 'StorageDelete'];

export default defineCheck({
  meta: {
    id: 'azure-storage-account-blob-logging',
    title: 'Storage account holding ePHI sends blob read, write and delete logs to a destination',
    severity: 'medium',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Who read, changed or deleted which ePHI blob is recorded only in the blob service resource logs, and Azure keeps them only when a diagnostic setting sends them to a Log Analytics workspace, storage account or event hub.',
    remediation: {
      summary: 'Add a diagnostic setting on the blob service that sends StorageRead, StorageWrite and StorageDelete (or the audit / allLogs group) to a Log Analytics workspace.',
      console: 'Storage account > Monitoring > Diagnostic settings > blob > Add diagnostic setting > select the categories and a destination.',
      cli: 'az monitor diagnostic-settings create --name audit --resource ACCOUNT_ID/blobServices/default --workspace WORKSPACE_ID --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
      terraform: 'resource "azurerm_monitor_diagnostic_setting" "blob" {\n  target_resource_id         = "${azurerm_storage_account.phi.id}/blobServices/default"\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n  enabled_log { category_group = "audit" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const settings = account.config.blobDiagnosticSettings;
    const path = 'config.blobDiagnosticSettings';
    if (settings === undefined) return notAssessed('the blob service diagnostic settings could not be read', [path, settings]);
    const missing = CATEGORIES.filter((c) => !logsCategory(settings, c, ['audit', 'allLogs']));
    if (missing.length === 0) return pass('blob read, write and delete logs are exported', [path, settings.map((s) => s.name)]);
    return fail(`no diagnostic setting exports ${missing.join(', ')}`, [path, settings]);
  },
});
