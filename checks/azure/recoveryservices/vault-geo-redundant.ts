import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

import { GEO_RATIONALE } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-vault-geo-redundant',
    title: 'Recovery Services vault stores backups geo-redundantly with cross-region restore',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['system-restore-72h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: GEO_RATIONALE,
    remediation: {
      summary: 'Set the vault storage redundancy to GeoRedundant (before protecting any item) and enable cross-region restore.',
      console: 'Recovery Services vault > Settings > Properties > Backup configuration > Update > Storage replication type: Geo-redundant; Cross Region Restore: Enable.',
      cli: 'az backup vault backup-properties set -g RG -n VAULT --backup-storage-redundancy GeoRedundant --cross-region-restore-flag true',
      terraform: 'resource "azurerm_recovery_services_vault" "phi" {\n  storage_mode_type            = "GeoRedundant"\n  cross_region_restore_enabled = true\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy', 'https://learn.microsoft.com/azure/backup/backup-create-rs-vault#set-cross-region-restore'],
  },
  evaluate(vault) {
    const { standardTierStorageRedundancy: red, crossRegionRestore: crr } = vault.config;
    const ev = [['config.standardTierStorageRedundancy', red], ['config.crossRegionRestore', crr]] as const;
    if (red !== undefined && red !== 'GeoRedundant') return fail(`backups stay in the primary region (${red})`, ...ev);
    if (crr === 'Disabled') return fail('storage is geo-redundant but cross-region restore is off', ...ev);
    if (red === undefined || crr === undefined) return notAssessed('the vault storage settings could not be read', ...ev);
    return pass('geo-redundant storage with cross-region restore', ...ev);
  },
});
