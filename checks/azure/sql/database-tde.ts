import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-database-tde',
    title: 'Azure SQL database has transparent data encryption on',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.database'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'Azure SQL enables TDE on new databases by default, but it can be turned off per database; the data files, logs and backups of such a database are then stored unencrypted.',
    remediation: {
      summary: 'Turn transparent data encryption back on for the database.',
      console: 'SQL database > Security > Transparent data encryption > Data encryption: On.',
      cli: 'az sql db tde set -g RG -s SERVER -d DATABASE --status Enabled',
      terraform: '# TDE is on by default for azurerm_mssql_database; do not disable it with T-SQL or the API.',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview'],
  },
  evaluate(db) {
    // master's TDE state cannot be managed (it is encrypted by the platform).
    if (db.name.toLowerCase() === 'master') return notApplicable('the master database is managed by the platform');
    const v = db.config.transparentDataEncryptionState;
    const path = 'config.transparentDataEncryptionState';
    if (v === undefined) return notAssessed('the TDE state could not be read', [path, v]);
    return v === 'Enabled' ? pass('transparent data encryption is on', [path, v]) : fail('transparent data encryption is off', [path, v]);
  },
});
