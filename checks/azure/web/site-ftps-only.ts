import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-web-site-ftps-only',
    title: 'App Service app does not accept plain FTP',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'web',
    resourceTypes: ['azure.web.site'],
    requirements: ['encryption-in-transit', 'disable-unused-ports'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'ftpsState AllAllowed accepts unencrypted FTP, which sends the deployment credentials and every uploaded file in clear text. Deploy with FTPS only, or better disable FTP entirely and deploy through Git, ZIP deploy or a pipeline.',
    remediation: {
      summary: 'Set FTP state to Disabled (or FTPS only).',
      console: 'App Service > Settings > Configuration > General settings > FTP state: Disabled.',
      cli: 'az webapp config set -g RG -n APP --ftps-state Disabled',
      terraform: 'resource "azurerm_linux_web_app" "phi" {\n  site_config { ftps_state = "Disabled" }\n}',
    },
    references: ['https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps'],
  },
  evaluate(site) {
    const v = site.config.ftpsState;
    const path = 'config.ftpsState';
    if (v === undefined) return notAssessed('the site configuration (config/web) could not be read', [path, v]);
    return v === 'AllAllowed' ? fail('plain FTP is accepted', [path, v]) : pass(v === 'Disabled' ? 'FTP is disabled' : 'FTP requires TLS (FTPS only)', [path, v]);
  },
});
