import { defineCheck, pass } from '../../../src/engine/check-api.js';

import { defenderPlan, isVerdict } from './_defender.js';

export default defineCheck({
  meta: {
    id: 'azure-security-subscription-defender-servers',
    title: 'Microsoft Defender for Servers is enabled on the subscription',
    severity: 'high',
    provider: 'azure',
    service: 'security',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['anti-malware', 'vulnerability-scanning'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(B)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Defender for Servers brings Microsoft Defender for Endpoint (anti-malware and EDR) integration to the subscription\'s machines and adds vulnerability assessment and missing-update findings, the malware protection and regular vulnerability scanning the NPRM proposes for systems with ePHI. The plan being on is what this check reads; it is not evidence that each VM is onboarded to Defender for Endpoint (the integration can be turned off, a machine excluded, or the agent fail to install): confirm onboarding in the Defender for Cloud inventory.',
    remediation: {
      summary: 'Turn on the Defender for Servers plan (Plan 2 for agentless scanning and file integrity monitoring).',
      console: 'Microsoft Defender for Cloud > Environment settings > subscription > Defender plans > Servers: On (Plan 2).',
      cli: 'az security pricing create -n VirtualMachines --tier Standard --subplan P2',
      terraform: 'resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier          = "Standard"\n  resource_type = "VirtualMachines"\n  subplan       = "P2"\n}',
    },
    references: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview', 'https://learn.microsoft.com/rest/api/defenderforcloud/pricings/list'],
  },
  evaluate(sub) {
    const plan = defenderPlan(sub, 'VirtualMachines', 'Defender for Servers');
    if (isVerdict(plan)) return plan;
    return pass(`the Defender for Servers plan is on${plan.subPlan ? ` (${plan.subPlan})` : ''}; whether each VM is onboarded to Defender for Endpoint is not shown here`, ['config.defenderPlans[VirtualMachines]', plan]);
  },
});
