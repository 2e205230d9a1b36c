import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-sql-database-geo-backup',
    title: 'Azure SQL database keeps its backups in geo-redundant storage',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'sql',
    resourceTypes: ['azure.sql.database'],
    requirements: ['system-restore-72h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Azure SQL always takes automated backups, but with Local or Zone backup storage redundancy they stay in the primary region: a regional outage then takes the database and its backups together, and geo-restore is not possible. Geo-redundancy answers a regional outage only; it is not separation from the server\'s administrators.',
    remediation: {
      summary: 'Set the backup storage redundancy to Geo (or GeoZone).',
      console: 'SQL database > Settings > Compute + storage > Backup storage redundancy: Geo-redundant backup storage.',
      cli: 'az sql db update -g RG -s SERVER -n DATABASE --backup-storage-redundancy Geo',
      terraform: 'resource "azurerm_mssql_database" "phi" {\n  storage_account_type = "Geo"\n}',
    },
    references: ['https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview#backup-storage-redundancy', 'https://learn.microsoft.com/azure/azure-sql/database/recovery-using-backups#geo-restore'],
  },
  evaluate(db) {
    if (db.name.toLowerCase() === 'master') return notApplicable('the master database is managed by the platform');
    const v = db.config.backupStorageRedundancy;
    const path = 'config.backupStorageRedundancy';
    if (v === undefined) return notAssessed('the backup storage redundancy could not be read', [path, v]);
    return v === 'Geo' || v === 'GeoZone' ? pass(`backups are ${v}-redundant`, [path, v]) : fail(`backups stay in the primary region (${v})`, [path, v]);
  },
});
