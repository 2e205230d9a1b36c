import check from '../../../../checks/aws/backup/plan-copies-offsite.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "copy to another account and region", resource: aws('aws.backup.plan', { rules: [{ name: 'daily', targetVaultName: 'local', deleteAfterDays: 35, copyTo: [{ destinationVaultArn: 'arn:aws:backup:us-west-2:444455556666:backup-vault:central', deleteAfterDays: 35 }] }] }) },
    { name: "copy to another region", resource: aws('aws.backup.plan', { rules: [{ name: 'daily', targetVaultName: 'local', deleteAfterDays: 35, copyTo: [{ destinationVaultArn: 'arn:aws:backup:us-west-2:111122223333:backup-vault:dr', deleteAfterDays: 35 }] }] }) },
  ],
  fail: [
    { name: "no copy", resource: aws('aws.backup.plan', { rules: [{ name: 'daily', targetVaultName: 'local', deleteAfterDays: 35, copyTo: [] }] }), evidencePath: "config.rules.copyTo" },
    { name: "copy stays local", resource: aws('aws.backup.plan', { rules: [{ name: 'daily', targetVaultName: 'local', deleteAfterDays: 35, copyTo: [{ destinationVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:local', deleteAfterDays: 35 }] }] }), evidencePath: "config.rules.copyTo" },
  ],
  notAssessed: [
    { name: "rules unreadable", resource: aws('aws.backup.plan', { rules: undefined }), evidencePath: "config.rules" },
    { name: "plan region unknown", resource: aws('aws.backup.plan', { rules: [{ name: 'daily', targetVaultName: 'local', deleteAfterDays: 35, copyTo: [{ destinationVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:local', deleteAfterDays: 35 }] }] }, { region: undefined }), evidencePath: "region" },
  ],
});
