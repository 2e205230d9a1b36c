import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-entra-only-auth',
    title: 'Azure SQL server accepts Microsoft Entra ID authentication only',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['authentication', 'unique-identification'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(2)(i)', '45 CFR 164.312(d)'],
    rationale: 'SQL authentication logins (including the server admin login) are passwords that conditional access and MFA never see, and are often shared by applications and people. Microsoft Entra-only authentication disables them, so every connection is a unique Entra identity that conditional access can govern. It is not MFA by itself: a sign-in to Azure SQL uses MFA only where a conditional access policy requires it (azure-entra-tenant-mfa-all-users), and service principals and managed identities never do.',
    remediation: {
      summary: 'Set a Microsoft Entra admin and enable Microsoft Entra-only authentication on the server.',
      console: 'SQL server > Settings > Microsoft Entra ID > Support only Microsoft Entra authentication for this server: checked.',
      cli: 'az sql server ad-only-auth enable -g RG -n SERVER',
      terraform: 'resource "azurerm_mssql_server" "phi" {\n  azuread_administrator {\n    login_username              = "sql-admins"\n    object_id                   = var.sql_admins_group_id\n    azuread_authentication_only = true\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/authentication-azure-ad-only-authentication'],
  },
  evaluate(server) {
    const v = server.config.azureADOnlyAuthentication;
    const path = 'config.azureADOnlyAuthentication';
    if (v === undefined) return notAssessed('the server administrators could not be read', [path, v]);
    return v === true ? pass('only Microsoft Entra ID logins are accepted (whether they use MFA is up to conditional access, judged by the Entra checks)', [path, v]) : fail('SQL authentication logins are accepted', [path, v]);
  },
});
