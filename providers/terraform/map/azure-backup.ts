import { byString } from '../../../src/model/order.js';
import type { Resource } from '../../../src/model/resource.js';
import type { RecoveryServicesBackupPolicy } from '../../../src/model/types/azure/index.js';
import { weeklyGapHours } from '../../../src/model/azure/backup-schedule.js';
import type { TfResource } from '../model.js';
import { allKnown, oneOf, readerOf } from '../reader.js';
import { azure, enabledAccess } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/** Recovery Services vaults (with the VMs `azurerm_backup_protected_vm` puts in them) and Backup vaults. */

const REDUNDANCY = ['GeoRedundant', 'LocallyRedundant', 'ZoneRedundant'] as const;
const IMMUTABILITY = ['Disabled', 'Unlocked', 'Locked'] as const;
const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];

const POLICY_VM = 'azurerm_backup_policy_vm';
const GUARD_ASSOCIATION = 'azurerm_recovery_services_vault_resource_guard_association';

/** `azurerm_backup_policy_vm`: `backup { frequency, hour_interval, hour_duration, weekdays }` and the first `retention_*` block; undefined when unknown. */
function vmBackupPolicy(p: TfResource): RecoveryServicesBackupPolicy | undefined {
  const v = readerOf(p);
  const backup = v.block('backup');
  const frequency = backup?.str('frequency');
  if (!backup || typeof frequency !== 'string') return undefined;
  const interval = backup.num('hour_interval');
  const window = backup.num('hour_duration');
  const weekdays = backup.strings('weekdays');
  let hours: number | null | undefined;
  if (frequency === 'Daily') hours = 24;
  else if (frequency === 'Weekly') hours = weekdays === undefined ? undefined : weeklyGapHours(weekdays);
  else if (frequency === 'Hourly') hours = interval === undefined || window === undefined ? undefined : interval === null ? null : window !== null && window < 24 ? Math.max(interval, 24 - window + interval) : interval;
  else hours = null;
  const blocks: [string, number][] = [['retention_daily', 1], ['retention_weekly', 7], ['retention_monthly', 30], ['retention_yearly', 365]];
  let retention: number | null | undefined = null;
  for (const [name, unit] of blocks) {
    const b = v.block(name);
    if (b === undefined) { retention = undefined; break; }
    if (b === null) continue;
    const count = b.num('count');
    retention = count === undefined ? undefined : count === null ? null : count * unit;
    break;
  }
  const name = v.str('name');
  if (hours === undefined || retention === undefined || typeof name !== 'string') return undefined;
  return { name, backupManagementType: 'AzureIaasVM', protectedItemsCount: null, scheduleRunFrequency: frequency, maxBackupIntervalHours: hours, retentionDays: retention };
}

function recoveryServicesVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const soft = v.bool('soft_delete_enabled', true);
  const immutability = v.str('immutability');
  const protectedVms = ctx.children(r, 'azurerm_backup_protected_vm', 'recovery_vault_name', ['name']);
  const sources = protectedVms.map((p) => ctx.idOrRef(p, 'source_vm_id', VM_TYPES));
  const policies = ctx.children(r, POLICY_VM, 'recovery_vault_name', ['name']);
  const guards = ctx.children(r, GUARD_ASSOCIATION, 'vault_id', ['id']);
  return iacResource(ctx, r, {
    ...azure(r, v, [...protectedVms, ...policies, ...guards]),
    type: 'azure.recoveryservices.vault',
    name: v.str('name') ?? r.address,
    config: {
      softDeleteState: soft === undefined || soft === null ? undefined : soft ? 'Enabled' : 'Disabled',
      // The provider has no retention setting: the service keeps soft-deleted items 14 days.
      softDeleteRetentionPeriodInDays: null,
      immutabilityState: immutability === null ? null : oneOf(immutability, IMMUTABILITY),
      standardTierStorageRedundancy: oneOf(v.str('storage_mode_type', 'GeoRedundant'), REDUNDANCY),
      crossRegionRestore: enabledAccess(v.bool('cross_region_restore_enabled', false)),
      publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
      protectedItemSourceIds: allKnown(sources)?.sort(byString),
      // Only the VM policies declared here: Azure also creates DefaultPolicy (daily, 30 days) in every vault.
      backupPolicies: allKnown(policies.map(vmBackupPolicy))?.sort((a, b) => byString(a.name, b.name)),
      resourceGuardIds: allKnown(guards.map((g) => ctx.idOrRef(g, 'resource_guard_id', ['azurerm_data_protection_resource_guard'])))?.sort(byString),
      // Test failovers are runtime history.
      replicatedItems: undefined,
    },
  });
}

function backupVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const datastore = v.str('datastore_type');
  const redundancy = oneOf(v.str('redundancy'), REDUNDANCY);
  const crr = v.bool('cross_region_restore_enabled');
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.dataprotection.backup-vault',
    name: v.str('name') ?? r.address,
    config: {
      softDeleteState: oneOf(v.str('soft_delete', 'On'), ['Off', 'On', 'AlwaysOn'] as const),
      softDeleteRetentionDurationInDays: v.num('retention_duration_in_days', 14) ?? null,
      immutabilityState: oneOf(v.str('immutability', 'Disabled'), IMMUTABILITY),
      storageSettings: typeof datastore === 'string' && redundancy ? [{ datastoreType: datastore, type: redundancy }] : undefined,
      crossRegionRestoreState: crr === undefined ? undefined : crr === null ? null : crr ? 'Enabled' : 'Disabled',
      // azurerm has no Resource Guard association for Backup vaults.
      resourceGuardIds: undefined,
    },
  });
}

export const AZURE_BACKUP_MAPPERS = {
  azurerm_recovery_services_vault: recoveryServicesVault,
  azurerm_data_protection_backup_vault: backupVault,
};

export const AZURE_BACKUP_JOINED = {
  azurerm_backup_protected_vm: ['azurerm_recovery_services_vault'],
  [POLICY_VM]: ['azurerm_recovery_services_vault'],
  [GUARD_ASSOCIATION]: ['azurerm_recovery_services_vault'],
};
