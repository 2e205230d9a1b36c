import { paginateListRecoveryPointsByBackupVault, paginateListRestoreTestingPlans, paginateListRestoreTestingSelections } from '@aws-sdk/client-backup';
import type { BackupRestoreTestingPlan } from '../../../src/model/types/aws/index.js';
import { str } from '../mappers.js';
import { drain, type UnitContext } from '../unit.js';

/** The region's restore testing plans with the resource types their selections restore; undefined when the listing failed. */
export async function restoreTestingPlans(u: UnitContext): Promise<BackupRestoreTestingPlan[] | undefined> {
  const backup = u.client('backup');
  const T = ['aws.backup.region'] as const;
  const plans = await u.call('backup', 'ListRestoreTestingPlans', T, () => drain(paginateListRestoreTestingPlans({ client: backup, pageSize: 1000 }, {}), (r) => r.RestoreTestingPlans, u.signal));
  if (!plans) return undefined;
  return Promise.all(plans.map((p) => u.each(async () => {
    const name = p.RestoreTestingPlanName ?? '';
    const selections = await u.call('backup', 'ListRestoreTestingSelections', T, () => drain(paginateListRestoreTestingSelections({ client: backup, pageSize: 1000 }, { RestoreTestingPlanName: name }), (r) => r.RestoreTestingSelections, u.signal));
    return {
      arn: p.RestoreTestingPlanArn ?? name, name, scheduleExpression: p.ScheduleExpression,
      protectedResourceTypes: selections ? [...new Set(selections.flatMap((s) => str(s.ProtectedResourceType) ?? []))].sort() : undefined,
    };
  })));
}

/** ARNs of a vault's recovery points that are not encrypted; undefined when the listing failed. */
export async function unencryptedRecoveryPoints(u: UnitContext, vaultName: string): Promise<string[] | undefined> {
  const points = await u.call('backup', 'ListRecoveryPointsByBackupVault', ['aws.backup.vault'], () =>
    drain(paginateListRecoveryPointsByBackupVault({ client: u.client('backup'), pageSize: 1000 }, { BackupVaultName: vaultName }), (r) => r.RecoveryPoints, u.signal));
  // Only an explicit IsEncrypted false is a known unencrypted point; a missing flag is not evidence either way.
  return points ? points.filter((p) => p.IsEncrypted === false).map((p) => p.RecoveryPointArn ?? '').sort() : undefined;
}
