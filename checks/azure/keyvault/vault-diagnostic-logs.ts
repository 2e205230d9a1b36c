import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { logsCategory } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-keyvault-vault-diagnostic-logs',
    title: 'Key Vault sends its AuditEvent logs to a destination',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'keyvault',
    resourceTypes: ['azure.keyvault.vault'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Every use of a key that decrypts ePHI (and every secret read) is recorded only in the vault\'s AuditEvent resource log, which Azure keeps only when a diagnostic setting sends it to Log Analytics, a storage account or an event hub.',
    remediation: {
      summary: 'Add a diagnostic setting on the vault that sends the AuditEvent category (or the audit / allLogs group) to a Log Analytics workspace.',
      console: 'Key vault > Monitoring > Diagnostic settings > Add diagnostic setting > audit > Send to Log Analytics workspace.',
      cli: 'az monitor diagnostic-settings create --name audit --resource VAULT_ID --workspace WORKSPACE_ID --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
      terraform: 'resource "azurerm_monitor_diagnostic_setting" "kv" {\n  target_resource_id         = azurerm_key_vault.phi.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n  enabled_log { category = "AuditEvent" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/key-vault/general/logging', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
  },
  evaluate(vault) {
    const settings = vault.config.diagnosticSettings;
    const path = 'config.diagnosticSettings';
    if (settings === undefined) return notAssessed('the vault diagnostic settings could not be read', [path, settings]);
    if (logsCategory(settings, 'AuditEvent', ['audit', 'allLogs'])) return pass('AuditEvent logs are exported', [path, settings.map((s) => s.name)]);
    return fail(settings.length === 0 ? 'no diagnostic setting on the vault' : 'no diagnostic setting exports AuditEvent', [path, settings]);
  },
});
