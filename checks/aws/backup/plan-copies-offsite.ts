import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { parseArn } from '../../../src/model/aws/backup.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-plan-copies-offsite',
    title: 'Backup plan copies recovery points to another account or region',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.backup.plan'],
    requirements: ['backup-separation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(A)', '45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Backups in the production account and region share its administrators, its credentials and its regional outages. A copy action to a vault in another account (strongest: a dedicated backup account) or another region is evidence of the separate technical controls for backup and recovery the NPRM proposes (164.312(i)-(j)). Passes when at least one rule copies elsewhere; a destination in another account is reported in the evidence.',
    remediation: {
      summary: 'Add a copy action to the plan\'s rules targeting a locked vault in a separate backup account (and region).',
      console: 'AWS Backup > Backup plans > plan > rule > Edit > Generate copy - optional > Copy to another account\'s vault / destination region.',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN --backup-plan file://plan-with-CopyActions.json',
      terraform: 'rule { copy_action { destination_vault_arn = "arn:aws:backup:us-west-2:BACKUP_ACCOUNT:backup-vault:central" } }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/create-cross-account-backup.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html'],
  },
  evaluate(plan) {
    const path = 'config.rules';
    const rules = plan.config.rules;
    if (rules === undefined) return notAssessed('plan rules could not be read', [path, rules]);
    const copies = rules.flatMap((r) => r.copyTo.map((c) => c.destinationVaultArn));
    const offsite = copies.filter((arn) => {
      const p = parseArn(arn);
      // An unknown own account or region proves nothing: only a known difference counts.
      return p !== undefined && ((plan.account !== undefined && p.account !== plan.account) || (plan.region !== undefined && p.region !== plan.region));
    });
    if (offsite.length > 0) return pass(`copies to ${[...new Set(offsite)].sort().join(', ')}`, [`${path}.copyTo`, offsite]);
    if (plan.account === undefined || plan.region === undefined) return notAssessed('the plan\'s own account or region is unknown', ['account', plan.account], ['region', plan.region]);
    return fail(copies.length === 0 ? 'no rule copies recovery points anywhere' : 'copies stay in the same account and region', [`${path}.copyTo`, copies]);
  },
});
