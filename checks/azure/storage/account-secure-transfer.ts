import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-secure-transfer',
    title: 'Storage account accepts requests over HTTPS only (secure transfer required)',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'With secure transfer off, the Blob, File, Queue and Table endpoints answer plain HTTP (and SMB without encryption), so ePHI and the shared key or SAS token that authorizes the request cross the network in clear text.',
    remediation: {
      summary: 'Turn on "Secure transfer required" (supportsHttpsTrafficOnly).',
      console: 'Storage account > Settings > Configuration > Secure transfer required: Enabled.',
      cli: 'az storage account update -g RG -n ACCOUNT --https-only true',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  https_traffic_only_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer'],
  },
  evaluate(account) {
    const v = account.config.supportsHttpsTrafficOnly;
    const path = 'config.supportsHttpsTrafficOnly';
    if (v === undefined) return notAssessed('supportsHttpsTrafficOnly could not be read', [path, v]);
    return v ? pass('secure transfer is required', [path, v]) : fail('the account accepts plain HTTP requests', [path, v]);
  },
});
