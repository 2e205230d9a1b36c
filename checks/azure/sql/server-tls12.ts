import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { tlsNumber } from '../_shared.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-server-tls12',
    title: 'Azure SQL server requires TLS 1.2 or later',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.server'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Azure SQL always encrypts connections, but with minimalTlsVersion unset (None) or below 1.2 a client can negotiate TLS 1.0 or 1.1, which are deprecated (RFC 8996). The setting is per logical server and covers every database on it.',
    remediation: {
      summary: 'Set the server\'s minimum TLS version to 1.2.',
      console: 'SQL server > Security > Networking > Connectivity > Minimum TLS version: 1.2.',
      cli: 'az sql server update -g RG -n SERVER --minimal-tls-version 1.2',
      terraform: 'resource "azurerm_mssql_server" "phi" {\n  minimum_tls_version = "1.2"\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version'],
  },
  evaluate(server) {
    const v = server.config.minimalTlsVersion;
    const path = 'config.minimalTlsVersion';
    if (v === undefined) return notAssessed('minimalTlsVersion could not be read', [path, v]);
    if (v === null || v === 'None') return fail('no minimum TLS version is enforced', [path, v]);
    const n = tlsNumber(v);
    if (n === undefined) return notAssessed(`unrecognised TLS version ${v}`, [path, v]);
    return n >= 1.2 ? pass(`minimum TLS version is ${v}`, [path, v]) : fail(`minimum TLS version is ${v}`, [path, v]);
  },
});
