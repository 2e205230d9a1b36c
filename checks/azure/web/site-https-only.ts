import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-web-site-https-only',
    title: 'App Service app redirects HTTP to HTTPS (HTTPS only)',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'web',
    resourceTypes: ['azure.web.site'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'With HTTPS only off, an App Service or Function app answers plain HTTP on its default and custom domains, so sign-in cookies, tokens and ePHI in requests and responses can cross the network in clear text.',
    remediation: {
      summary: 'Turn on HTTPS Only so that every HTTP request is redirected to HTTPS.',
      console: 'App Service > Settings > Configuration > General settings > HTTPS Only: On.',
      cli: 'az webapp update -g RG -n APP --https-only true   # az functionapp update for Function apps',
      terraform: 'resource "azurerm_linux_web_app" "phi" {\n  https_only = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https'],
  },
  evaluate(site) {
    const v = site.config.httpsOnly;
    const path = 'config.httpsOnly';
    if (v === undefined) return notAssessed('httpsOnly could not be read', [path, v]);
    return v ? pass('HTTP is redirected to HTTPS', [path, v]) : fail('the app answers plain HTTP', [path, v]);
  },
});
