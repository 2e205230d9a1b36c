import check from '../../../../checks/aws/backup/vault-lock-compliance.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "compliance lock", resource: aws('aws.backup.vault') },
    { name: "logically air-gapped", resource: aws('aws.backup.vault', { vaultType: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT', lockMode: undefined }) },
  ],
  fail: [
    { name: "governance lock", resource: aws('aws.backup.vault', { lockMode: 'GOVERNANCE' }), evidencePath: "config.lockMode" },
    { name: "no lock", resource: aws('aws.backup.vault', { locked: false, lockMode: null, minRetentionDays: null }), evidencePath: "config.lockMode" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.backup.vault', { lockMode: undefined }), evidencePath: "config.lockMode" },
  ],
});
