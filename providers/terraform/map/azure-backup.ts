import { byString } from '../../../src/model/order.js';
import type { Resource } from '../../../src/model/resource.js';
import type { TfResource } from '../model.js';
import { allKnown, oneOf, readerOf } from '../reader.js';
import { azure, enabledAccess } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/** Recovery Services vaults (with the VMs `azurerm_backup_protected_vm` puts in them) and Backup vaults. */

const REDUNDANCY = ['GeoRedundant', 'LocallyRedundant', 'ZoneRedundant'] as const;
const IMMUTABILITY = ['Disabled', 'Unlocked', 'Locked'] as const;
const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];

function recoveryServicesVault(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const soft = v.bool('soft_delete_enabled', true);
  const immutability = v.str('immutability');
  const protectedVms = ctx.children(r, 'azurerm_backup_protected_vm', 'recovery_vault_name', ['name']);
  const sources = protectedVms.map((p) => ctx.idOrRef(p, 'source_vm_id', VM_TYPES));
  return iacResource(ctx, r, {
    ...azure(r, v, protectedVms),
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
    },
  });
}

export const AZURE_BACKUP_MAPPERS = {
  azurerm_recovery_services_vault: recoveryServicesVault,
  azurerm_data_protection_backup_vault: backupVault,
};

export const AZURE_BACKUP_JOINED = {
  azurerm_backup_protected_vm: ['azurerm_recovery_services_vault'],
};
