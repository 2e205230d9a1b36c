import check from '../../../../checks/azure/recoveryservices/backup-policy-frequency-48h.js';
import type { RecoveryServicesBackupPolicy } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { rsVault } from '../_fixtures.js';

const policy = (over: Partial<RecoveryServicesBackupPolicy>): RecoveryServicesBackupPolicy => ({
  name: 'p', backupManagementType: 'AzureIaasVM', protectedItemsCount: 1, scheduleRunFrequency: 'Daily', maxBackupIntervalHours: 24, retentionDays: 30, ...over,
});

checkCases(check, {
  pass: [
    { name: 'daily', resource: rsVault() },
    { name: 'hourly, and an unused weekly policy', resource: rsVault({ backupPolicies: [policy({ name: 'hourly', scheduleRunFrequency: 'Hourly', maxBackupIntervalHours: 4 }), policy({ name: 'weekly-unused', scheduleRunFrequency: 'Weekly', maxBackupIntervalHours: 168, protectedItemsCount: 0 })] }) },
  ],
  fail: [
    { name: 'weekly policy protecting items', resource: rsVault({ backupPolicies: [policy({ name: 'weekly', scheduleRunFrequency: 'Weekly', maxBackupIntervalHours: 168 })] }), evidencePath: 'config.backupPolicies' },
    { name: 'weekly with an unknown count of items', resource: rsVault({ backupPolicies: [policy({ name: 'weekly', scheduleRunFrequency: 'Weekly', maxBackupIntervalHours: 96, protectedItemsCount: null })] }), evidencePath: 'config.backupPolicies' },
  ],
  notAssessed: [
    { name: 'policies unreadable', resource: rsVault({ backupPolicies: undefined }), evidencePath: 'config.backupPolicies' },
    { name: 'a MAB policy with no readable schedule', resource: rsVault({ backupPolicies: [policy({ name: 'mab', backupManagementType: 'MAB', scheduleRunFrequency: null, maxBackupIntervalHours: null })] }), evidencePath: 'config.backupPolicies' },
  ],
  notApplicable: [{ name: 'no policy protects anything', resource: rsVault({ backupPolicies: [policy({ protectedItemsCount: 0, maxBackupIntervalHours: 168 })] }) }],
});
