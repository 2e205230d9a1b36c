import type { Resource } from '../../../src/model/resource.js';
import type { DiskConfig, VirtualMachineConfig, VmNetworkInterface } from '../../../src/model/types/azure/index.js';
import type { TfResource } from '../model.js';
import { oneOf, type Reader, readerOf } from '../reader.js';
import { AZURE_BACKUP_JOINED } from './azure-backup.js';
import { blockTargets, SUBNET_TYPES, targetOf } from './azure-block-refs.js';
import { azure, enabledAccess } from './azure-common.js';
import { iacResource, type MapContext } from './context.js';

/**
 * Virtual machines with their NICs (`azurerm_network_interface`, NSG by
 * `azurerm_network_interface_security_group_association`) and the Recovery Services protection
 * that names them (`azurerm_backup_protected_vm`); managed disks and snapshots. Runtime state
 * (power state, installed extensions, disk attachment state) stays unknown.
 */

export const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const NIC = 'azurerm_network_interface';
const NIC_NSG = 'azurerm_network_interface_security_group_association';
const NIC_ASG = 'azurerm_network_interface_application_security_group_association';
const PROTECTED_VM = 'azurerm_backup_protected_vm';
const DISK = 'azurerm_managed_disk';
const DISK_ATTACHMENT = 'azurerm_virtual_machine_data_disk_attachment';
const DES = ['azurerm_disk_encryption_set'];

function networkInterface(nic: TfResource, ctx: MapContext): { nic: VmNetworkInterface; related: TfResource[] } | undefined {
  const v = readerOf(nic);
  const configs = v.blocks('ip_configuration');
  const associations = ctx.children(nic, NIC_NSG, 'network_interface_id', ['id']);
  if (!configs || associations.length > 1) return undefined;
  const subnetIds = blockTargets(ctx, nic, configs, 'ip_configuration.subnet_id', SUBNET_TYPES);
  const publicIpAddressIds = blockTargets(ctx, nic, configs, 'ip_configuration.public_ip_address_id', ['azurerm_public_ip']);
  const nsg = associations[0] ? targetOf(ctx, associations[0], 'network_security_group_id', ['azurerm_network_security_group']) : null;
  if (!subnetIds || !publicIpAddressIds || nsg === undefined) return undefined;
  const asgLinks = ctx.children(nic, NIC_ASG, 'network_interface_id', ['id']);
  const asgs = asgLinks.map((a) => targetOf(ctx, a, 'application_security_group_id', ['azurerm_application_security_group']));
  // A dynamic address is assigned at apply; a static one is in the configuration.
  const addresses = configs.map((c) => (c.str('private_ip_address_allocation', 'Dynamic')?.toLowerCase() === 'static' ? c.str('private_ip_address') : undefined));
  return {
    nic: {
      id: ctx.id(nic), subnetIds, publicIpAddressIds, networkSecurityGroupId: nsg,
      applicationSecurityGroupIds: asgs.every((x) => typeof x === 'string') ? [...new Set(asgs)].sort() : undefined,
      privateIpAddresses: addresses.every((x) => typeof x === 'string') ? addresses : undefined,
    },
    related: [nic, ...associations, ...asgLinks],
  };
}

/** The VM's NICs, each resolved; undefined when one is outside the configuration or unknown. */
function networkInterfaces(r: TfResource, ctx: MapContext, v: Reader): { nics: VmNetworkInterface[] | undefined; related: TfResource[] } {
  const raw = v.raw('network_interface_ids');
  const external = Array.isArray(raw) && raw.some((x) => typeof x === 'string');
  const targets = (r.refs.network_interface_ids ?? []).map((a) => ctx.referenced(r, a, [NIC]));
  if (external || targets.length === 0 || targets.some((t) => t === undefined)) return { nics: undefined, related: [] };
  const mapped = [...new Set(targets as TfResource[])].map((n) => networkInterface(n, ctx));
  const related = mapped.flatMap((m) => m?.related ?? []);
  return { nics: mapped.some((m) => m === undefined) ? undefined : mapped.map((m) => (m as NonNullable<typeof m>).nic), related };
}

/**
 * Backed up when an `azurerm_backup_protected_vm` of the configuration names the VM. Without one
 * the VM is reported unprotected: the configuration that creates a VM is where its protection is
 * declared (protection added by Azure Policy outside it needs a suppression). Unknown when some
 * protected item's source VM cannot be resolved (a variable), as it may name this VM.
 */
function backupProtected(r: TfResource, ctx: MapContext): { protectedBy: TfResource[]; value: boolean | undefined } {
  const protectedBy = ctx.children(r, PROTECTED_VM, 'source_vm_id', ['id']);
  if (protectedBy.length > 0) return { protectedBy, value: true };
  return { protectedBy, value: ctx.once(someUnresolvedProtection) ? undefined : false };
}

/** Whether some protected item's source VM cannot be resolved (computed once per input, not per VM). */
const someUnresolvedProtection = (ctx: MapContext): boolean => ctx.ofType(PROTECTED_VM).some((p) => targetOf(ctx, p, 'source_vm_id', VM_TYPES) === undefined);

function osTypeOf(r: TfResource, v: Reader): VirtualMachineConfig['osType'] {
  if (r.type === 'azurerm_linux_virtual_machine') return 'Linux';
  if (r.type === 'azurerm_windows_virtual_machine') return 'Windows';
  const declared = oneOf(v.block('storage_os_disk')?.str('os_type'), ['Linux', 'Windows'] as const);
  if (declared) return declared;
  const linux = v.block('os_profile_linux_config');
  const windows = v.block('os_profile_windows_config');
  return linux ? 'Linux' : windows ? 'Windows' : undefined;
}

/** OS disk and attached data disks; undefined when the OS disk is created inline (its id is known after apply). */
function diskIdsOf(r: TfResource, ctx: MapContext, attachments: readonly TfResource[]): string[] | undefined {
  if (r.type === 'azurerm_virtual_machine') return undefined;
  const os = ctx.idOrRef(r, 'os_managed_disk_id', [DISK]);
  const data = attachments.map((a) => ctx.idOrRef(a, 'managed_disk_id', [DISK]));
  if (typeof os !== 'string' || data.some((d) => typeof d !== 'string')) return undefined;
  return [os, ...(data as string[])];
}

/** `patch_assessment_mode` / `patch_mode` (provider defaults: ImageDefault; Windows patch mode AutomaticByOS); the legacy resource has neither. */
function patchSettings(r: TfResource, v: Reader): VirtualMachineConfig['patchSettings'] {
  if (r.type === 'azurerm_virtual_machine') return { assessmentMode: null, patchMode: null };
  const assessmentMode = v.str('patch_assessment_mode', 'ImageDefault');
  const patchMode = v.str('patch_mode', r.type === 'azurerm_windows_virtual_machine' ? 'AutomaticByOS' : 'ImageDefault');
  return assessmentMode === undefined || patchMode === undefined ? undefined : { assessmentMode, patchMode };
}

function virtualMachine(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const { nics, related } = networkInterfaces(r, ctx, v);
  const backup = backupProtected(r, ctx);
  const attachments = ctx.children(r, DISK_ATTACHMENT, 'virtual_machine_id', ['id']);
  const config: VirtualMachineConfig = {
    osType: osTypeOf(r, v),
    diskIds: diskIdsOf(r, ctx, attachments),
    // The legacy azurerm_virtual_machine cannot enable encryption at host: known not set.
    encryptionAtHost: r.type === 'azurerm_virtual_machine' ? null : v.bool('encryption_at_host_enabled', false),
    networkInterfaces: nics,
    powerState: undefined,
    // Extensions can be installed outside the configuration (Defender, Azure Policy): the list is runtime state.
    extensionTypes: undefined,
    backupProtected: backup.value,
    patchSettings: patchSettings(r, v),
    // Update Manager assessments are runtime state.
    patchAssessment: undefined,
  };
  return iacResource(ctx, r, {
    ...azure(r, v, [...related, ...backup.protectedBy, ...attachments]),
    type: 'azure.compute.virtual-machine',
    name: v.str('name') ?? r.address,
    config,
  });
}

/**
 * `encryption.type` and the disk encryption set. A set named by a reference that does not resolve
 * (a data source) still means a customer-managed key; the set's own `encryption_type` refines it.
 */
function diskEncryption(r: TfResource, ctx: MapContext, v: Reader): Pick<DiskConfig, 'encryptionType' | 'diskEncryptionSetId'> {
  const security = v.str('security_type');
  if (security === undefined) return { encryptionType: undefined, diskEncryptionSetId: undefined };
  if (security === 'ConfidentialVM_DiskEncryptedWithCustomerKey') return { encryptionType: 'ConfidentialVmEncryptedWithCustomerKey', diskEncryptionSetId: targetOf(ctx, r, 'secure_vm_disk_encryption_set_id', DES) };
  const id = targetOf(ctx, r, 'disk_encryption_set_id', DES);
  if (id === null) return { encryptionType: 'EncryptionAtRestWithPlatformKey', diskEncryptionSetId: null };
  if (id === undefined && !(r.refs.disk_encryption_set_id?.length)) return { encryptionType: undefined, diskEncryptionSetId: undefined };
  const set = ctx.parent(r, 'disk_encryption_set_id', DES);
  const type = set ? readerOf(set).str('encryption_type', 'EncryptionAtRestWithCustomerKey') : 'EncryptionAtRestWithCustomerKey';
  return { encryptionType: type ?? undefined, diskEncryptionSetId: id };
}

/** Export settings shared by disks and snapshots; Terraform cannot set `dataAccessAuthMode`, so it is not set. */
function exportSettings(v: Reader): Pick<DiskConfig, 'networkAccessPolicy' | 'publicNetworkAccess' | 'dataAccessAuthMode' | 'adeEnabled'> {
  const ade = v.block('encryption_settings');
  return {
    networkAccessPolicy: oneOf(v.str('network_access_policy', 'AllowAll'), ['AllowAll', 'AllowPrivate', 'DenyAll'] as const),
    publicNetworkAccess: enabledAccess(v.bool('public_network_access_enabled', true)),
    dataAccessAuthMode: null,
    adeEnabled: ade === undefined ? undefined : ade === null ? null : true,
  };
}

function managedDisk(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  const attachments = ctx.children(r, DISK_ATTACHMENT, 'managed_disk_id', ['id']);
  const vm = attachments[0] ? ctx.idOrRef(attachments[0], 'virtual_machine_id', VM_TYPES) : undefined;
  return iacResource(ctx, r, {
    ...azure(r, v, attachments),
    type: 'azure.compute.disk',
    name: v.str('name') ?? r.address,
    config: {
      ...diskEncryption(r, ctx, v),
      ...exportSettings(v),
      diskState: undefined,
      // Attached by this configuration, else unknown (another configuration may attach it).
      managedBy: vm ?? undefined,
    },
  });
}

/** azurerm cannot choose a snapshot's key: it follows the service's rules for the source, which a plan does not show. */
function snapshot(r: TfResource, ctx: MapContext): Resource {
  const v = readerOf(r);
  return iacResource(ctx, r, {
    ...azure(r, v),
    type: 'azure.compute.snapshot',
    name: v.str('name') ?? r.address,
    config: { encryptionType: undefined, diskEncryptionSetId: undefined, ...exportSettings(v), diskState: null, managedBy: null },
  });
}

export const AZURE_COMPUTE_MAPPERS = {
  azurerm_linux_virtual_machine: virtualMachine,
  azurerm_windows_virtual_machine: virtualMachine,
  azurerm_virtual_machine: virtualMachine,
  azurerm_managed_disk: managedDisk,
  azurerm_snapshot: snapshot,
};

export const AZURE_COMPUTE_JOINED = {
  [NIC]: VM_TYPES,
  [NIC_NSG]: VM_TYPES,
  [NIC_ASG]: VM_TYPES,
  // Spread after the backup module's entries: the protected VM joins both its vault and its VM.
  [PROTECTED_VM]: [...AZURE_BACKUP_JOINED[PROTECTED_VM], ...VM_TYPES],
  [DISK_ATTACHMENT]: [...VM_TYPES, DISK],
};
