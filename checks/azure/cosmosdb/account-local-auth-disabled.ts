import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { ephiOnly } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-cosmosdb-account-local-auth-disabled',
    title: 'Cosmos DB account holding ePHI disables key-based (local) authentication',
    severity: 'medium',
    provider: 'azure',
    service: 'cosmosdb',
    resourceTypes: ['azure.cosmosdb.account'],
    requirements: ['unique-identification', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(i)', '45 CFR 164.312(a)(1)'],
    rationale: 'Account primary keys give full data-plane access to anyone who holds them, without identifying who; logs record only that a key was used. disableLocalAuth makes every request use a Microsoft Entra identity with data-plane RBAC.',
    remediation: {
      summary: 'Move clients to Microsoft Entra ID (managed identities with Cosmos DB data-plane roles) and set disableLocalAuth to true.',
      console: 'Not in the portal: use the CLI, ARM/Bicep or Terraform.',
      cli: 'az resource update --ids ACCOUNT_ID --set properties.disableLocalAuth=true',
      terraform: 'resource "azurerm_cosmosdb_account" "phi" {\n  local_authentication_disabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac#disable-local-auth'],
  },
  evaluate(account, ctx) {
    const na = ephiOnly(account, ctx);
    if (na) return na;
    const v = account.config.disableLocalAuth;
    const path = 'config.disableLocalAuth';
    if (v === undefined) return notAssessed('disableLocalAuth could not be read', [path, v]);
    return v === true ? pass('only Microsoft Entra ID authorization is accepted', [path, v]) : fail('account keys are accepted', [path, v]);
  },
});
