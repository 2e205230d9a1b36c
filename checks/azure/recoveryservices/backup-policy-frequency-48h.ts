import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { policiesInUse } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-backup-policy-frequency-48h',
    title: 'Backup policies in use back up at least every 48 hours',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['data-backup-48h'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'The NPRM proposes retrievable copies of ePHI that are never more than 48 hours older than the data (proposed 164.312(i)). A weekly Azure Backup schedule leaves up to seven days of changes without a copy; an hourly schedule that runs only in a daytime window can leave a longer gap overnight. This check reads every backup policy of the vault that protects items and compares the longest time between scheduled backups with 48 hours (for SQL and SAP HANA in VMs, the most frequent of full, differential and log backups). It reads the schedule, not whether the jobs succeeded: that is backup monitoring.',
    remediation: {
      summary: 'Change weekly backup policies to a daily (or Enhanced hourly) schedule, or move the items to a policy that runs at least every 48 hours.',
      console: 'Recovery Services vault > Manage > Backup policies > the policy > Modify > Backup schedule: Frequency Daily (or Hourly) > Update.',
      cli: 'az backup policy set -g RG --vault-name VAULT --policy @daily-policy.json',
      terraform: 'resource "azurerm_backup_policy_vm" "daily" {\n  name                = "daily-phi"\n  resource_group_name = azurerm_recovery_services_vault.phi.resource_group_name\n  recovery_vault_name = azurerm_recovery_services_vault.phi.name\n  backup {\n    frequency = "Daily"\n    time      = "23:00"\n  }\n  retention_daily {\n    count = 35\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-arm-vms-prepare', 'https://learn.microsoft.com/rest/api/backup/protection-policies/get'],
    defaultOptions: { maxHours: 48 },
  },
  evaluate(vault, ctx) {
    const policies = policiesInUse(vault);
    const path = 'config.backupPolicies';
    if (policies === undefined) return notAssessed('the vault\'s backup policies could not be read', [path, policies]);
    if (policies.length === 0) return notApplicable('no backup policy of the vault protects anything');
    const maxHours = typeof ctx.options.maxHours === 'number' ? ctx.options.maxHours : 48;
    const shown = policies.map((p) => ({ name: p.name, backupManagementType: p.backupManagementType, scheduleRunFrequency: p.scheduleRunFrequency, maxBackupIntervalHours: p.maxBackupIntervalHours }));
    const slow = policies.filter((p) => p.maxBackupIntervalHours !== null && p.maxBackupIntervalHours > maxHours);
    if (slow.length > 0) return fail(`${slow.map((p) => `${p.name} (${p.scheduleRunFrequency ?? 'schedule'}, up to ${p.maxBackupIntervalHours} hours between backups)`).join(', ')} back${slow.length === 1 ? 's' : ''} up less often than every ${maxHours} hours`, [path, shown]);
    const unknown = policies.filter((p) => p.maxBackupIntervalHours === null);
    if (unknown.length > 0) return notAssessed(`the schedule of ${unknown.map((p) => `${p.name} (${p.backupManagementType})`).join(', ')} could not be read as an interval`, [path, shown]);
    return pass(`every backup policy in use runs at least every ${maxHours} hours`, [path, shown]);
  },
});
