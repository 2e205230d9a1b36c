import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateActivityLogExport } from './_activity-log.js';

export default defineCheck({
  meta: {
    id: 'azure-monitor-subscription-diagnostic-categories',
    title: 'Subscription diagnostic setting captures Administrative, Security, Alert and Policy',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'monitor',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'CIS Microsoft Azure Foundations (5.1.2) and Prowler (monitor_diagnostic_setting_with_appropriate_categories) ask that the subscription diagnostic setting keep four activity log categories: Administrative (every create, update, delete and action), Security (Defender for Cloud alerts), Alert (fired Azure Monitor alerts) and Policy (Azure Policy effects). Together they are the audit trail of who changed what, what was detected and which guardrails acted, kept beyond the 90 days Azure holds the activity log.',
    remediation: {
      summary: 'Add the Administrative, Security, Alert and Policy categories (or allLogs) to a subscription diagnostic setting that sends to Log Analytics, storage or an event hub.',
      console: 'Monitor > Activity log > Export Activity Logs > edit the diagnostic setting > tick Administrative, Security, Alert and Policy > Save.',
      cli: 'az monitor diagnostic-settings subscription create --name activity --location eastus --workspace WORKSPACE_ID --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true}]\'',
      terraform: 'resource "azurerm_monitor_diagnostic_setting" "activity" {\n  name                       = "activity"\n  target_resource_id         = data.azurerm_subscription.current.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n  enabled_log { category = "Administrative" }\n  enabled_log { category = "Security" }\n  enabled_log { category = "Alert" }\n  enabled_log { category = "Policy" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema', 'https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings'],
    defaultOptions: { categories: ['Administrative', 'Security', 'Alert', 'Policy'] },
  },
  evaluate: (sub, ctx) => evaluateActivityLogExport(sub, (ctx.options.categories as readonly string[] | undefined) ?? []),
});
