import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-web-site-tls12',
    title: 'App Service app and its SCM site require TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'web',
    resourceTypes: ['azure.web.site'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'minTlsVersion 1.0 or 1.1 lets clients negotiate deprecated protocols (RFC 8996) with the app; scmMinTlsVersion does the same for the Kudu/SCM deployment site, whose credentials control the app\'s code.',
    remediation: {
      summary: 'Set the minimum inbound TLS version (and the SCM site\'s) to 1.2 or 1.3.',
      console: 'App Service > Settings > Configuration > General settings > Minimum Inbound TLS Version: 1.2; SCM Minimum Inbound TLS Version: 1.2.',
      cli: 'az webapp config set -g RG -n APP --min-tls-version 1.2 --scm-min-tls-version 1.2',
      terraform: 'resource "azurerm_linux_web_app" "phi" {\n  site_config {\n    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.2"\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/app-service/overview-tls'],
  },
  evaluate(site) {
    const { minTlsVersion, scmMinTlsVersion } = site.config;
    const ev = [['config.minTlsVersion', minTlsVersion], ['config.scmMinTlsVersion', scmMinTlsVersion]] as const;
    if (minTlsVersion === undefined) return notAssessed('the site configuration (config/web) could not be read', ...ev);
    const weak = [
      ...((tlsNumber(minTlsVersion) ?? 0) < 1.2 ? [`minTlsVersion ${minTlsVersion}`] : []),
      ...(scmMinTlsVersion !== null && scmMinTlsVersion !== undefined && (tlsNumber(scmMinTlsVersion) ?? 0) < 1.2 ? [`scmMinTlsVersion ${scmMinTlsVersion}`] : []),
    ];
    if (weak.length > 0) return fail(`TLS below 1.2 is accepted: ${weak.join(', ')}`, ...ev);
    if (scmMinTlsVersion === undefined) return notAssessed(`minTlsVersion is ${minTlsVersion} but the SCM site's minimum could not be read`, ...ev);
    return pass(`minimum TLS ${minTlsVersion}${scmMinTlsVersion ? `, SCM ${scmMinTlsVersion}` : ''}`, ...ev);
  },
});
