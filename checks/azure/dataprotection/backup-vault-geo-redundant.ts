import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

import { GEO_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-dataprotection-backup-vault-geo-redundant',
    title: 'Backup vault stores backups geo-redundantly with cross-region restore',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'dataprotection',
    resourceTypes: ['azure.dataprotection.backup-vault'],
    requirements: ['system-restore-72h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: GEO_RATIONALE,
    remediation: {
      summary: 'Create the Backup vault with GeoRedundant storage (the redundancy cannot change after creation) and enable cross-region restore.',
      console: 'Create Backup vault > Backup storage redundancy: Geo-redundant; then Properties > Cross Region Restore: Enable.',
      cli: 'az dataprotection backup-vault create -g RG --vault-name VAULT --storage-settings datastore-type=VaultStore type=GeoRedundant --cross-region-restore-state Enabled',
      terraform: 'resource "azurerm_data_protection_backup_vault" "phi" {\n  redundancy                   = "GeoRedundant"\n  cross_region_restore_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/create-manage-backup-vault', 'https://learn.microsoft.com/azure/backup/backup-vault-overview'],
  },
  evaluate(vault) {
    const { storageSettings: s, crossRegionRestoreState: crr } = vault.config;
    const ev = [['config.storageSettings', s], ['config.crossRegionRestoreState', crr]] as const;
    if (s !== undefined && (s.length === 0 || s.some((x) => x.type !== 'GeoRedundant'))) return fail(`backups stay in the primary region (${s.map((x) => x.type).join(', ') || 'no storage setting'})`, ...ev);
    if (crr === 'Disabled' || crr === null) return fail('storage is geo-redundant but cross-region restore is off', ...ev);
    if (s === undefined || crr === undefined) return notAssessed('the vault storage settings could not be read', ...ev);
    return pass('geo-redundant storage with cross-region restore', ...ev);
  },
});
