import { defineResourceType } from '../registry.js';
import { vnetsOfSubnets, type PublicNetworkAccess } from './common.js';

/**
 * Microsoft.Compute/disks and Microsoft.Compute/snapshots, api-version 2023-10-02 (`properties.*`).
 * Both have the same encryption and export (SAS) settings.
 */
export interface DiskConfig {
  /**
   * `encryption.type`: `EncryptionAtRestWithPlatformKey`, `EncryptionAtRestWithCustomerKey`,
   * `EncryptionAtRestWithPlatformAndCustomerKeys` (double encryption), or the confidential VM types.
   */
  readonly encryptionType: string | undefined;
  /** `encryption.diskEncryptionSetId`; null = no disk encryption set (platform-managed key). */
  readonly diskEncryptionSetId: string | null | undefined;
  /** `encryptionSettingsCollection.enabled` (Azure Disk Encryption inside the guest); null = not set. */
  readonly adeEnabled: boolean | null | undefined;
  /** `networkAccessPolicy`: who may export (SAS URI) or import: `AllowAll`, `AllowPrivate` (via `diskAccessId`), `DenyAll`. */
  readonly networkAccessPolicy: 'AllowAll' | 'AllowPrivate' | 'DenyAll' | undefined;
  /** `publicNetworkAccess` (export/import over the public network); null = not set (Enabled). */
  readonly publicNetworkAccess: PublicNetworkAccess | null | undefined;
  /** `dataAccessAuthMode`: `AzureActiveDirectory` makes export SAS URIs require Entra ID auth; null = not set (None). */
  readonly dataAccessAuthMode: 'AzureActiveDirectory' | 'None' | null | undefined;
  /** `diskState`: `Attached`, `Unattached`, `ActiveSAS` (an export SAS is live)... (disks only; null for snapshots). */
  readonly diskState: string | null | undefined;
  /** Top-level `managedBy`: the VM the disk is attached to; null = unattached (or a snapshot). */
  readonly managedBy: string | null | undefined;
}

/** One NIC of a VM, resolved from Microsoft.Network/networkInterfaces (2023-11-01) `ipConfigurations[]`. */
export interface VmNetworkInterface {
  readonly id: string;
  /** `ipConfigurations[].properties.subnet.id`. */
  readonly subnetIds: readonly string[];
  /** `ipConfigurations[].properties.publicIPAddress.id`; [] = no public IP. */
  readonly publicIpAddressIds: readonly string[];
  /** `networkSecurityGroup.id` on the NIC; null = none on the NIC (the subnet's may still apply). */
  readonly networkSecurityGroupId: string | null;
  /** `ipConfigurations[].properties.applicationSecurityGroups[].id`; [] = none. undefined = not known. */
  readonly applicationSecurityGroupIds: readonly string[] | undefined;
  /** `ipConfigurations[].properties.privateIPAddress`; undefined = not known (a dynamic address before apply). */
  readonly privateIpAddresses: readonly string[] | undefined;
}

/** Microsoft.Compute/virtualMachines, api-version 2024-03-01 (`properties.*` unless noted). */
export interface VirtualMachineConfig {
  /** `storageProfile.osDisk.osType`: `Linux` or `Windows`. */
  readonly osType: 'Linux' | 'Windows' | undefined;
  /** `storageProfile.osDisk.managedDisk.id` and `dataDisks[].managedDisk.id`. */
  readonly diskIds: readonly string[] | undefined;
  /** `securityProfile.encryptionAtHost` (temp disk and caches encrypted on the host); null = not set (off). */
  readonly encryptionAtHost: boolean | null | undefined;
  /** `networkProfile.networkInterfaces[].id`, each resolved. */
  readonly networkInterfaces: readonly VmNetworkInterface[] | undefined;
  /** `instanceView.statuses[]` code `PowerState/...` without the prefix (`running`, `deallocated`). */
  readonly powerState: string | undefined;
  /** Extension types installed (`resources[]` of type `Microsoft.Compute/virtualMachines/extensions`, `properties.type`). */
  readonly extensionTypes: readonly string[] | undefined;
  /**
   * Protected by Azure Backup: some Recovery Services vault's
   * `Microsoft.RecoveryServices/vaults/backupProtectedItems` (2024-04-01) has
   * `properties.sourceResourceId` = this VM id. undefined = vaults/items could not all be read.
   */
  readonly backupProtected: boolean | undefined;
  /**
   * `osProfile.windowsConfiguration.patchSettings` or `osProfile.linuxConfiguration.patchSettings`:
   * `assessmentMode` (`AutomaticByPlatform` = Azure Update Manager periodic assessment, `ImageDefault`)
   * and `patchMode`; null = not set (the image default). undefined = not known.
   */
  readonly patchSettings: { readonly assessmentMode: string | null; readonly patchMode: string | null } | undefined;
  /**
   * The latest Azure Update Manager assessment (Resource Graph `patchassessmentresources`:
   * `.../patchAssessmentResults/latest` and its `softwarePatches`); null = the VM has none.
   * undefined = not read (Resource Graph unavailable).
   */
  readonly patchAssessment: PatchAssessment | null | undefined;
}

/** `microsoft.compute/virtualmachines/patchassessmentresults` `properties`, with its missing patches. */
export interface PatchAssessment {
  /** `status`: `Succeeded`, `Failed`, `InProgress`, `CompletedWithWarnings`, `Unknown`. */
  readonly status: string | null;
  /** `lastModifiedDateTime` (ISO 8601): when the assessment finished. */
  readonly lastModifiedDateTime: string | null;
  /** `.../softwarePatches/*` rows: patches available (missing) on the VM. */
  readonly missingPatches: readonly MissingPatch[];
}

export interface MissingPatch {
  /** `patchName`. */
  readonly name: string;
  /** `classifications`: Windows `Critical`, `Security`, `UpdateRollup`...; Linux `Critical`, `Security`, `Other`. */
  readonly classifications: readonly string[];
  /** `msrcSeverity` (Windows): `Critical`, `Important`, `Moderate`, `Low`; null = none. */
  readonly msrcSeverity: string | null;
  /** `publishedDateTime` (ISO 8601); null = not given. */
  readonly publishedDateTime: string | null;
  /** `kbId` (Windows); null = none. */
  readonly kbId: string | null;
}

export const COMPUTE_DISK = defineResourceType({
  type: 'azure.compute.disk',
  provider: 'azure',
  title: 'Managed disk',
  native: { arm: 'Microsoft.Compute/disks', terraform: ['azurerm_managed_disk'] },
});

export const COMPUTE_SNAPSHOT = defineResourceType({
  type: 'azure.compute.snapshot',
  provider: 'azure',
  title: 'Disk snapshot',
  native: { arm: 'Microsoft.Compute/snapshots', terraform: ['azurerm_snapshot'] },
});

export const COMPUTE_VIRTUAL_MACHINE = defineResourceType({
  type: 'azure.compute.virtual-machine',
  provider: 'azure',
  title: 'Virtual machine',
  native: { arm: 'Microsoft.Compute/virtualMachines', terraform: ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'] },
  network: (c) => {
    const nics = c.networkInterfaces;
    if (!nics) return {};
    const subnetIds = [...new Set(nics.flatMap((n) => n.subnetIds))];
    const vnets = vnetsOfSubnets(subnetIds);
    return {
      ...(vnets[0] ? { networkId: vnets[0] } : {}),
      subnetIds,
      securityGroupIds: nics.flatMap((n) => (n.networkSecurityGroupId ? [n.networkSecurityGroupId] : [])),
      publicAddress: nics.some((n) => n.publicIpAddressIds.length > 0),
      peers: vnets.slice(1),
    };
  },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'azure.compute.disk': DiskConfig;
    'azure.compute.snapshot': DiskConfig;
    'azure.compute.virtual-machine': VirtualMachineConfig;
  }
}
