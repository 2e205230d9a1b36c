import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-security-subscription-defender-endpoint-integration',
    title: 'Defender for Cloud integration with Microsoft Defender for Endpoint (WDATP) is on',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'security',
    resourceTypes: ['azure.resources.subscription'],
    requirements: ['anti-malware'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(B)'],
    rationale: 'The NPRM proposes protecting every technology asset against malicious software (proposed 164.312(c)(2)(i)). With the WDATP setting on, Defender for Servers deploys Microsoft Defender for Endpoint (anti-malware, EDR) to the subscription\'s Windows and Linux machines automatically; with it off, machines get no endpoint protection from Defender for Cloud. CIS Microsoft Azure Foundations 2.1.x and Prowler (defender_ensure_wdatp_is_enabled) check it. It takes effect only with the Defender for Servers plan on (azure-security-subscription-defender-servers), and reading it does not show that each machine is onboarded.',
    remediation: {
      summary: 'Turn on the Defender for Endpoint integration (WDATP) in Defender for Cloud\'s environment settings.',
      console: 'Microsoft Defender for Cloud > Environment settings > the subscription > Integrations (or Defender plans > Servers > Settings) > Endpoint protection: On > Save.',
      cli: 'az security setting update --name WDATP --enabled true',
      terraform: 'resource "azurerm_security_center_setting" "mde" {\n  setting_name = "WDATP"\n  enabled      = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/defender-for-cloud/integration-defender-for-endpoint', 'https://learn.microsoft.com/rest/api/defenderforcloud/settings/list'],
  },
  evaluate(sub) {
    const settings = sub.config.securitySettings;
    const path = 'config.securitySettings';
    if (settings === undefined) return notAssessed('Defender for Cloud settings (Microsoft.Security/settings) could not be read', [path, settings]);
    const wdatp = settings.find((s) => s.name.toUpperCase() === 'WDATP');
    if (wdatp === undefined || wdatp.enabled === null) return notAssessed('the WDATP setting is not in the Defender for Cloud settings list', [path, settings.map((s) => s.name)]);
    return wdatp.enabled
      ? pass('the Defender for Endpoint integration (WDATP) is on', [`${path}[WDATP].enabled`, true])
      : fail('the Defender for Endpoint integration (WDATP) is off', [`${path}[WDATP].enabled`, false]);
  },
});
