import check from '../../../../checks/azure/recoveryservices/backup-policy-min-retention.js';
import type { RecoveryServicesBackupPolicy } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { rsVault } from '../_fixtures.js';

const policy = (over: Partial<RecoveryServicesBackupPolicy>): RecoveryServicesBackupPolicy => ({
  name: 'p', backupManagementType: 'AzureIaasVM', protectedItemsCount: 1, scheduleRunFrequency: 'Daily', maxBackupIntervalHours: 24, retentionDays: 30, ...over,
});

checkCases(check, {
  pass: [
    { name: '35 days', resource: rsVault() },
    { name: 'exactly 30 days', resource: rsVault({ backupPolicies: [policy({ retentionDays: 30 })] }) },
  ],
  fail: [
    { name: '7 days', resource: rsVault({ backupPolicies: [policy({ name: 'short', retentionDays: 7 })] }), evidencePath: 'config.backupPolicies' },
    { name: 'under a stricter option', resource: rsVault(), options: { minDays: 90 }, evidencePath: 'config.backupPolicies' },
  ],
  notAssessed: [
    { name: 'policies unreadable', resource: rsVault({ backupPolicies: undefined }), evidencePath: 'config.backupPolicies' },
    { name: 'retention not derivable', resource: rsVault({ backupPolicies: [policy({ retentionDays: null })] }), evidencePath: 'config.backupPolicies' },
  ],
  notApplicable: [{ name: 'nothing protected', resource: rsVault({ backupPolicies: [] }) }],
});
