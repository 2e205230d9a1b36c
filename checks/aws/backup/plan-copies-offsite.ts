import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { parseArn } from '../../../src/model/aws/backup.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-plan-copies-offsite',
    title: 'Backup plan copies recovery points to another account or a logically air-gapped vault',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.plan'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Backups in the production account share its administrators, its credentials and its account-wide compromise. A copy action to a vault in another account (strongest: a dedicated backup account, and another region) or to a logically air-gapped vault (held in an AWS-owned account) is the separate technical control the NPRM proposes. A copy to another region of the same account survives a regional outage but not the account\'s administrators: it is not separate controls and fails. Passes when at least one rule copies to another account or to a vault collected as logically air-gapped.',
    remediation: {
      summary: 'Add a copy action to the plan\'s rules targeting a locked vault in a separate backup account (and region), or a logically air-gapped vault.',
      console: 'AWS Backup > Backup plans > plan > rule > Edit > Generate copy - optional > Copy to another account\'s vault / destination region.',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN --backup-plan file://plan-with-CopyActions.json',
      terraform: 'rule { copy_action { destination_vault_arn = "arn:aws:backup:us-west-2:BACKUP_ACCOUNT:backup-vault:central" } }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/create-cross-account-backup.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/logicallyairgappedvault.html'],
  },
  lookups: { types: ['aws.backup.vault'] },
  evaluate(plan, ctx) {
    const path = 'config.rules';
    const rules = plan.config.rules;
    if (rules === undefined) return notAssessed('plan rules could not be read', [path, rules]);
    const copies = [...new Set(rules.flatMap((r) => r.copyTo.map((c) => c.destinationVaultArn)))].sort();
    const airGapped = (arn: string) => {
      const vault = ctx.inventory.byId(arn);
      return vault !== undefined && isType(vault, 'aws.backup.vault') && vault.config.vaultType === 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT';
    };
    // An unknown own account proves nothing: only a known difference counts.
    const otherAccount = copies.filter((arn) => {
      const p = parseArn(arn);
      return p !== undefined && plan.account !== undefined && p.account !== '' && p.account !== plan.account;
    });
    const separate = [...otherAccount, ...copies.filter(airGapped)];
    if (separate.length > 0) return pass(`copies to ${[...new Set(separate)].sort().join(', ')}${otherAccount.length > 0 ? ' (another account)' : ' (logically air-gapped vault)'}`, [`${path}.copyTo`, separate]);
    if (copies.length === 0) return fail('no rule copies recovery points anywhere', [`${path}.copyTo`, copies]);
    if (plan.account === undefined) return notAssessed('the plan\'s own account is unknown, so whether its copies leave the account is not known', ['account', plan.account], [`${path}.copyTo`, copies]);
    const otherRegion = copies.some((arn) => { const p = parseArn(arn); return p !== undefined && plan.region !== undefined && p.region !== plan.region; });
    return fail(otherRegion ? 'copies go to another region of the same account: they survive a regional outage but share the account\'s administrators and credentials, so they are not separate controls' : 'copies stay in the same account and region', [`${path}.copyTo`, copies], ['account', plan.account]);
  },
});
