import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-vault-lock-compliance',
    title: 'Backup vault is locked in compliance mode',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: 'Vault Lock in compliance mode becomes immutable after its grace time: nobody, root included, can delete recovery points early or remove the lock, so ransomware with admin credentials cannot destroy the backups. Governance mode can be removed by privileged principals and is reported as a failure. Logically air-gapped vaults are always compliance-locked.',
    remediation: {
      summary: 'Apply a Vault Lock with a minimum retention and a ChangeableForDays grace time, so it turns into compliance mode.',
      console: 'AWS Backup > Backup vaults > vault > Vault lock > Create vault lock > Compliance mode > grace time (3+ days).',
      cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name VAULT --min-retention-days 7 --max-retention-days 3650 --changeable-for-days 3',
      terraform: 'resource "aws_backup_vault_lock_configuration" "x" { backup_vault_name = aws_backup_vault.x.name\n min_retention_days = 7\n changeable_for_days = 3 }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/logicallyairgappedvault.html'],
  },
  evaluate(vault) {
    const c = vault.config;
    if (c.vaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT') return pass('logically air-gapped vault (always compliance-locked)', ['config.vaultType', c.vaultType]);
    const path = 'config.lockMode';
    if (c.lockMode === undefined) return notAssessed('vault lock could not be read', [path, c.lockMode]);
    if (c.lockMode === 'COMPLIANCE') return pass('vault is locked in compliance mode', [path, c.lockMode], ['config.minRetentionDays', c.minRetentionDays]);
    if (c.lockMode === 'GOVERNANCE') return fail('vault lock is in governance mode (still in its grace time, or removable by privileged principals)', [path, c.lockMode]);
    return fail('vault has no Vault Lock', [path, null]);
  },
});
