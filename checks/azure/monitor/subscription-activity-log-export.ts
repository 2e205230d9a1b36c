import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateActivityLogExport } from './_activity-log.js';

export default defineCheck({
  meta: {
    id: 'azure-monitor-subscription-activity-log-export',
    title: 'Subscription activity log is exported (Administrative, Security and Policy)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'monitor',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['audit-logging', 'configuration-management'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'The activity log records every control-plane change (who changed a firewall, a key, a role assignment) but Azure keeps it only 90 days. A subscription diagnostic setting that exports the Administrative, Security and Policy categories to Log Analytics or storage keeps the audit trail as long as you need and makes it searchable.',
    remediation: {
      summary: 'Create a subscription diagnostic setting that sends the Administrative, Security and Policy categories (or all categories) to a Log Analytics workspace.',
      console: 'Monitor > Activity log > Export Activity Logs > Add diagnostic setting > select the categories > Send to Log Analytics workspace.',
      cli: 'az monitor diagnostic-settings subscription create --name activity --location eastus --workspace WORKSPACE_ID --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Policy","enabled":true}]\'',
      terraform: 'resource "azurerm_monitor_diagnostic_setting" "activity" {\n  target_resource_id         = "/subscriptions/${var.subscription_id}"\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n  enabled_log { category = "Administrative" }\n  enabled_log { category = "Security" }\n  enabled_log { category = "Policy" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
    defaultOptions: { categories: ['Administrative', 'Security', 'Policy'] },
  },
  evaluate: (sub, ctx) => evaluateActivityLogExport(sub, (ctx.options.categories as readonly string[] | undefined) ?? []),
});
