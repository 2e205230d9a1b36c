import { defineCheck, pass } from '../../../src/engine/check-api.js';

import { defenderPlan, isVerdict } from './_defender.js';

export default defineCheck({
  meta: {
    id: 'azure-security-subscription-defender-sql',
    title: 'Microsoft Defender for Azure SQL is enabled on the subscription',
    severity: 'medium',
    provider: 'azure',
    service: 'security',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The Defender for Azure SQL plan turns on SQL vulnerability assessment and threat detection (SQL injection, anomalous logins and data exfiltration) for every Azure SQL server in the subscription, including servers created later.',
    remediation: {
      summary: 'Turn on the Defender plan for Azure SQL Databases (SqlServers).',
      console: 'Microsoft Defender for Cloud > Environment settings > subscription > Defender plans > Databases > Azure SQL Databases: On.',
      cli: 'az security pricing create -n SqlServers --tier Standard',
      terraform: 'resource "azurerm_security_center_subscription_pricing" "sql" {\n  tier          = "Standard"\n  resource_type = "SqlServers"\n}',
    },
    references: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-introduction'],
  },
  evaluate(sub) {
    const plan = defenderPlan(sub, 'SqlServers', 'Defender for Azure SQL');
    if (isVerdict(plan)) return plan;
    return pass('Defender for Azure SQL is on', ['config.defenderPlans[SqlServers]', plan]);
  },
});
