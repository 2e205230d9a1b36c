import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isEveryone, statementCoversAction, statements } from '../../../src/model/aws/iam-policy.js';

const DELETE = 'backup:DeleteRecoveryPoint';

export default defineCheck({
  meta: {
    id: 'aws-backup-vault-policy-protects-recovery-points',
    title: 'Backup vault access policy keeps production principals from deleting recovery points',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.vault'],
    requirements: ['backup-separation', 'integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.312(c)(1)'],
    rationale: 'Without a vault access policy, any principal in the account whose IAM policy allows backup:DeleteRecoveryPoint (every administrator) can delete the backups, so a compromised production admin can destroy production and its recovery together. A compliance-mode Vault Lock prevents early deletion on its own; otherwise the vault policy must Deny DeleteRecoveryPoint to everyone (exceptions by condition, e.g. a break-glass role) and must not Allow it.',
    remediation: {
      summary: 'Attach a vault access policy that denies backup:DeleteRecoveryPoint (and UpdateRecoveryPointLifecycle) to all principals except a break-glass role, or lock the vault in compliance mode.',
      console: 'AWS Backup > Backup vaults > vault > Access policy > Edit > add a Deny statement for backup:DeleteRecoveryPoint with Principal "*".',
      cli: 'aws backup put-backup-vault-access-policy --backup-vault-name VAULT --policy \'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":["backup:DeleteRecoveryPoint","backup:UpdateRecoveryPointLifecycle"],"Resource":"*","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::ACCOUNT:role/break-glass"}}}]}\'',
      terraform: 'resource "aws_backup_vault_policy" "x" { backup_vault_name = aws_backup_vault.x.name\n policy = data.aws_iam_policy_document.deny_delete.json }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html'],
  },
  evaluate(vault) {
    const c = vault.config;
    if (c.lockMode === 'COMPLIANCE' || c.vaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT') return pass('compliance-mode lock prevents deleting recovery points before their retention ends', ['config.lockMode', c.lockMode]);
    const path = 'config.accessPolicy';
    const policy = c.accessPolicy;
    if (policy === undefined) return notAssessed('vault access policy could not be read', [path, policy]);
    if (policy === null) return fail('no vault access policy: any principal with backup:DeleteRecoveryPoint in IAM can delete recovery points', [path, null]);
    const stmts = statements(policy);
    const allows = stmts.filter((s) => s.Effect === 'Allow' && statementCoversAction(s, DELETE));
    if (allows.length > 0) return fail('vault policy allows deleting recovery points', [path, allows]);
    const denies = stmts.some((s) => s.Effect === 'Deny' && isEveryone(s.Principal) && statementCoversAction(s, DELETE));
    return denies ? pass('vault policy denies deleting recovery points', [path, 'Deny backup:DeleteRecoveryPoint']) : fail('vault policy does not deny backup:DeleteRecoveryPoint', [path, policy]);
  },
});
