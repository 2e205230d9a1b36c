import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-no-public-blob-access',
    title: 'Storage account disallows anonymous (public) blob access',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'While allowBlobPublicAccess is true (or unset on accounts that predate the setting), any container can be switched to anonymous read, and its blobs are then readable by anyone who knows or guesses the URL, with no authentication and no per-user audit trail.',
    remediation: {
      summary: 'Set allowBlobPublicAccess to false on the account (after checking no application depends on anonymous reads).',
      console: 'Storage account > Settings > Configuration > Allow Blob anonymous access: Disabled.',
      cli: 'az storage account update -g RG -n ACCOUNT --allow-blob-public-access false',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  allow_nested_items_to_be_public = false\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent'],
  },
  evaluate(account) {
    const v = account.config.allowBlobPublicAccess;
    const path = 'config.allowBlobPublicAccess';
    if (v === undefined) return notAssessed('allowBlobPublicAccess could not be read', [path, v]);
    if (v === false) return pass('anonymous blob access is disallowed', [path, v]);
    return fail(v === null ? 'allowBlobPublicAccess is not set, so containers may be made public' : 'containers may be made public (anonymous read)', [path, v]);
  },
});
