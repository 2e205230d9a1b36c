import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { policiesInUse } from '../_vault.js';

export default defineCheck({
  meta: {
    id: 'azure-recoveryservices-backup-policy-min-retention',
    title: 'Backup policies in use keep recovery points at least 30 days',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'recoveryservices',
    resourceTypes: ['azure.recoveryservices.vault'],
    requirements: ['backup-procedures', 'restore-testing'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Ransomware and silent corruption are often found weeks after they began: a backup that keeps its recovery points a few days may hold only copies of already damaged data. The NPRM proposes monthly tests restoring a representative sample of backed-up ePHI (proposed 164.312(i)), which needs recovery points that live at least a month. The NPRM sets no retention figure; 30 days is this check\'s default (option minDays). The retention compared is that of the most frequently created recovery points (daily, else weekly); for SQL and SAP HANA in VMs, that of the full backups.',
    remediation: {
      summary: 'Raise the daily (or weekly) retention of the policy to at least 30 days; keep weekly or monthly points for longer history.',
      console: 'Recovery Services vault > Manage > Backup policies > the policy > Modify > Retention range: Retention of daily backup point 30 days or more > Update.',
      cli: 'az backup policy set -g RG --vault-name VAULT --policy @policy-35-days.json',
      terraform: 'resource "azurerm_backup_policy_vm" "daily" {\n  backup {\n    frequency = "Daily"\n    time      = "23:00"\n  }\n  retention_daily {\n    count = 35\n  }\n  retention_weekly {\n    count    = 12\n    weekdays = ["Sunday"]\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/backup/backup-azure-vms-first-look-arm', 'https://learn.microsoft.com/rest/api/backup/protection-policies/get'],
    defaultOptions: { minDays: 30 },
  },
  evaluate(vault, ctx) {
    const policies = policiesInUse(vault);
    const path = 'config.backupPolicies';
    if (policies === undefined) return notAssessed('the vault\'s backup policies could not be read', [path, policies]);
    if (policies.length === 0) return notApplicable('no backup policy of the vault protects anything');
    const minDays = typeof ctx.options.minDays === 'number' ? ctx.options.minDays : 30;
    const shown = policies.map((p) => ({ name: p.name, backupManagementType: p.backupManagementType, retentionDays: p.retentionDays }));
    const short = policies.filter((p) => p.retentionDays !== null && p.retentionDays < minDays);
    if (short.length > 0) return fail(`${short.map((p) => `${p.name} keeps recovery points ${p.retentionDays} days`).join(', ')} (under ${minDays})`, [path, shown]);
    const unknown = policies.filter((p) => p.retentionDays === null);
    if (unknown.length > 0) return notAssessed(`the retention of ${unknown.map((p) => p.name).join(', ')} could not be read`, [path, shown]);
    return pass(`every backup policy in use keeps recovery points ${minDays} days or more`, [path, shown]);
  },
});
