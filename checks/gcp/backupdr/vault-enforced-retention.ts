import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

const DAY = 86_400;

export default defineCheck({
  meta: {
    id: 'gcp-backupdr-vault-enforced-retention',
    title: 'Backup and DR vault enforces a minimum retention period',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'backupdr',
    resourceTypes: ['gcp.backupdr.vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: 'A backup vault\'s minimum enforced retention makes its backups immutable: nobody, including a compromised administrator or ransomware operator, can delete them before the period ends. A short or missing period leaves ePHI backups deletable.',
    remediation: {
      summary: 'Set the vault minimum enforced retention to at least the configured number of days (it can be raised, not lowered, once locked).',
      console: 'Backup and DR > Backup vaults > vault > Edit > Minimum enforced retention.',
      cli: 'gcloud backup-dr backup-vaults update VAULT --location=LOCATION --backup-min-enforced-retention=30d',
      terraform: 'resource "google_backup_dr_backup_vault" "x" {\n  backup_minimum_enforced_retention_duration = "2592000s" # 30 days\n}',
    },
    references: ['https://cloud.google.com/backup-disaster-recovery/docs/concepts/backup-vault', 'https://cloud.google.com/backup-disaster-recovery/docs/cloud-console/backup-vault/create-manage-backup-vault'],
    defaultOptions: { minimumDays: 7 },
  },
  evaluate(vault, ctx) {
    const seconds = vault.config.minimumEnforcedRetentionSeconds;
    const path = 'config.minimumEnforcedRetentionSeconds';
    const minDays = Number(ctx.options.minimumDays);
    if (seconds === undefined) return notAssessed('the enforced retention could not be read', [path, seconds]);
    if (seconds === null) return fail('no minimum enforced retention', [path, seconds]);
    const days = seconds / DAY;
    return days >= minDays ? pass(`backups are kept at least ${days} days`, [path, seconds]) : fail(`minimum enforced retention is ${days} day(s), below ${minDays}`, [path, seconds]);
  },
});
