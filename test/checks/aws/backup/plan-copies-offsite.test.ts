import check from '../../../../checks/aws/backup/plan-copies-offsite.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const copyTo = (...arns: string[]) => ({ rules: [{ name: 'daily', targetVaultName: 'local', scheduleExpression: 'cron(0 5 ? * * *)', continuous: false, deleteAfterDays: 35, copyTo: arns.map((destinationVaultArn) => ({ destinationVaultArn, deleteAfterDays: 35 })) }] });
const LAG = 'arn:aws:backup:us-east-1:111122223333:backup-vault:air-gapped';

checkCases(check, {
  pass: [
    { name: 'copy to another account and region', resource: aws('aws.backup.plan', copyTo('arn:aws:backup:us-west-2:444455556666:backup-vault:central')) },
    { name: 'copy to another account, same region', resource: aws('aws.backup.plan', copyTo('arn:aws:backup:us-east-1:444455556666:backup-vault:central')) },
    { name: 'copy to a logically air-gapped vault of the same account', resource: aws('aws.backup.plan', copyTo(LAG)), inventory: [aws('aws.backup.vault', { vaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' }, { id: LAG })] },
  ],
  fail: [
    { name: 'no copy', resource: aws('aws.backup.plan', copyTo()), evidencePath: 'config.rules.copyTo' },
    { name: 'copy stays local', resource: aws('aws.backup.plan', copyTo('arn:aws:backup:us-east-1:111122223333:backup-vault:local')), evidencePath: 'config.rules.copyTo' },
    { name: 'copy to another region of the same account is not separate controls', resource: aws('aws.backup.plan', copyTo('arn:aws:backup:us-west-2:111122223333:backup-vault:dr')), evidencePath: 'config.rules.copyTo' },
    { name: 'same-account vault that is not air-gapped', resource: aws('aws.backup.plan', copyTo(LAG)), inventory: [aws('aws.backup.vault', { vaultType: 'BACKUP_VAULT' }, { id: LAG })], evidencePath: 'config.rules.copyTo' },
  ],
  notAssessed: [
    { name: 'rules unreadable', resource: aws('aws.backup.plan', { rules: undefined }), evidencePath: 'config.rules' },
    { name: 'plan account unknown', resource: aws('aws.backup.plan', copyTo('arn:aws:backup:us-west-2:111122223333:backup-vault:dr'), { account: undefined }), evidencePath: 'account' },
  ],
});
