import check from '../../../../checks/aws/backup/vault-policy-protects-recovery-points.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "deny delete for everyone but break-glass", resource: aws('aws.backup.vault', { lockMode: null, locked: false, accessPolicy: { Statement: [{ Effect: 'Deny' as const, Principal: { AWS: '*' }, Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'], Resource: '*', Condition: { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/break-glass' } } }] } }) },
    { name: "compliance lock", resource: aws('aws.backup.vault', { accessPolicy: null }) },
  ],
  fail: [
    { name: "no policy", resource: aws('aws.backup.vault', { lockMode: null, locked: false, accessPolicy: null }), evidencePath: "config.accessPolicy" },
    { name: "allows production admins backup:*", resource: aws('aws.backup.vault', { lockMode: null, locked: false, accessPolicy: { Statement: [{ Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::111122223333:role/prod-admin' }, Action: 'backup:*', Resource: '*' }] } }), evidencePath: "config.accessPolicy" },
    { name: "governance lock and policy without a delete deny", resource: aws('aws.backup.vault', { lockMode: 'GOVERNANCE', accessPolicy: { Statement: [{ Effect: 'Deny' as const, Principal: { AWS: '*' }, Action: 'backup:PutBackupVaultAccessPolicy', Resource: '*' }] } }), evidencePath: "config.accessPolicy" },
  ],
  notAssessed: [
    { name: "policy unreadable", resource: aws('aws.backup.vault', { lockMode: null, locked: false, accessPolicy: undefined }), evidencePath: "config.accessPolicy" },
  ],
});
