import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-no-shared-key',
    title: 'Storage account holding ePHI disallows Shared Key authorization',
    severity: 'medium',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['unique-identification', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(i)', '45 CFR 164.312(a)(1)'],
    rationale: 'The two account keys (and SAS tokens signed with them) grant full access to every blob, file, queue and table without identifying a user, and the logs cannot tell who used them. Disallowing Shared Key forces Microsoft Entra ID authorization: a unique identity per request, RBAC scopes and conditional access.',
    remediation: {
      summary: 'Move clients to Microsoft Entra ID (managed identities, user delegation SAS) and set allowSharedKeyAccess to false.',
      console: 'Storage account > Settings > Configuration > Allow storage account key access: Disabled.',
      cli: 'az storage account update -g RG -n ACCOUNT --allow-shared-key-access false',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  shared_access_key_enabled = false\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const v = account.config.allowSharedKeyAccess;
    const path = 'config.allowSharedKeyAccess';
    if (v === undefined) return notAssessed('allowSharedKeyAccess could not be read', [path, v]);
    if (v === false) return pass('only Microsoft Entra ID authorization is accepted', [path, v]);
    return fail(`account keys and key-signed SAS tokens are accepted${v === null ? ' (not set: allowed)' : ''}`, [path, v]);
  },
});
