import { setOwn } from '../../src/lib/objects.js';
import type { ConfigOf, ResourceType } from '../../src/model/resource.js';
import type {
  ActivityLogAlert, AlertLeafCondition, ConditionalAccessPolicy, CustomRoleDefinition, DefenderPlan, DirectoryRoleMember, IncludeExclude, DiagnosticSetting, FlowLog, KeyRotationPolicy, NetworkRuleSet, NsgSecurityRule,
  PolicyAssignment, PublicNetworkAccess, RecoveryServicesBackupPolicy, ReplicatedItem, RoleAssignment, RoleAssignmentScheduleInstance, SecuritySetting, VmNetworkInterface, VnetPeering,
} from '../../src/model/types/azure/index.js';
import { backupPolicySummary } from './backup-policy.js';
import type { ArmRecord, ChildSpec, Children, Joins } from './records.js';
import type { Json, JsonObject } from './rest.js';
import { bool, ids, lastSegment, lower, num, obj, objs, oneOf, str, strings, tagsOf } from './values.js';

/** A resource derived from another one's data (subnets inside a VNet, keys listed under a vault). */
export interface Derived<T extends ResourceType = ResourceType> {
  readonly resourceType: T;
  readonly id: string;
  readonly name: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly config: ConfigOf<T>;
  /** The API the config was read from. */
  readonly api: string;
}

/** How one ARM type becomes one canonical type. */
export interface ArmMapper<T extends ResourceType = ResourceType> {
  readonly armType: string;
  readonly resourceType: T;
  /** The API version whose shape `map` reads (used with `getById` when the providers list advertises it). */
  readonly apiVersion: string;
  readonly children?: readonly ChildSpec[];
  map(r: ArmRecord, c: Children, j: Joins): ConfigOf<T>;
  /** Extra canonical resources carried by this one, with the types they can hide when a child read fails. */
  readonly derives?: readonly ResourceType[];
  derive?(r: ArmRecord, c: Children): readonly Derived[];
}

const mapper = <const T extends ResourceType>(m: ArmMapper<T>): ArmMapper<T> => m;

export const DIAGNOSTICS_API = '2021-05-01-preview';
const diagnosticsChild = (key: string, prefix = ''): ChildSpec => ({ key, path: `${prefix}providers/Microsoft.Insights/diagnosticSettings`, apiVersion: DIAGNOSTICS_API, list: true, action: 'Microsoft.Insights/diagnosticSettings/read' });

export function diagnosticSettings(list: readonly JsonObject[] | undefined): DiagnosticSetting[] | undefined {
  if (!list) return undefined;
  return list.map((d) => {
    const p = obj(d.properties);
    return {
      name: str(d.name) ?? '',
      workspaceId: str(p.workspaceId),
      storageAccountId: str(p.storageAccountId),
      eventHubAuthorizationRuleId: str(p.eventHubAuthorizationRuleId),
      marketplacePartnerId: str(p.marketplacePartnerId),
      logs: objs(p.logs).map((l) => ({ category: str(l.category), categoryGroup: str(l.categoryGroup), enabled: bool(l.enabled) ?? false })),
    };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function networkRuleSet(v: Json | undefined): NetworkRuleSet {
  const o = obj(v);
  return {
    defaultAction: oneOf(o.defaultAction, ['Allow', 'Deny'] as const) ?? 'Allow',
    bypass: str(o.bypass),
    ipRules: objs(o.ipRules).flatMap((r) => str(r.value) ?? []),
    virtualNetworkRules: objs(o.virtualNetworkRules).flatMap((r) => str(r.id) ?? []),
  };
}

const PNA = ['Enabled', 'Disabled', 'SecuredByPerimeter'] as const;
const pna = (v: Json | undefined): PublicNetworkAccess | null => oneOf(v, PNA);
/** For fields typed without null: a missing value is unknown. */
const orUndef = <T>(v: T | null): T | undefined => v ?? undefined;

/** Merge ARM's singular/plural pairs (`sourceAddressPrefix` + `sourceAddressPrefixes`). */
const pair = (p: JsonObject, singular: string, plural: string): string[] => [...strings(p[plural]), ...(str(p[singular]) ? [str(p[singular]) as string] : [])];

function nsgRules(v: Json | undefined): NsgSecurityRule[] {
  return objs(v).map((r) => {
    const p = obj(r.properties);
    return {
      name: str(r.name) ?? '',
      direction: oneOf(p.direction, ['Inbound', 'Outbound'] as const) ?? 'Inbound',
      access: oneOf(p.access, ['Allow', 'Deny'] as const) ?? 'Deny',
      protocol: str(p.protocol) ?? '*',
      priority: num(p.priority) ?? 0,
      sourceAddressPrefixes: pair(p, 'sourceAddressPrefix', 'sourceAddressPrefixes'),
      sourceApplicationSecurityGroupIds: ids(p.sourceApplicationSecurityGroups),
      sourcePortRanges: pair(p, 'sourcePortRange', 'sourcePortRanges'),
      destinationAddressPrefixes: pair(p, 'destinationAddressPrefix', 'destinationAddressPrefixes'),
      destinationApplicationSecurityGroupIds: ids(p.destinationApplicationSecurityGroups),
      destinationPortRanges: pair(p, 'destinationPortRange', 'destinationPortRanges'),
    };
  });
}

/** `virtualNetworkPeerings[]`; undefined when an entry lacks the fields that decide reachability. */
function vnetPeerings(v: Json | undefined): VnetPeering[] | undefined {
  const out: VnetPeering[] = [];
  for (const pe of objs(v)) {
    const p = obj(pe.properties);
    const remote = str(obj(p.remoteVirtualNetwork).id);
    const state = str(p.peeringState);
    if (!remote || !state) return undefined;
    // allowVirtualNetworkAccess defaults to true in the API and is always returned.
    out.push({ remoteVirtualNetworkId: remote, allowVirtualNetworkAccess: bool(p.allowVirtualNetworkAccess) ?? true, peeringState: state });
  }
  return out;
}

function subnetConfig(p: JsonObject, virtualNetworkId: string): ConfigOf<'azure.network.subnet'> {
  const prefixes = [...strings(p.addressPrefixes), ...(str(p.addressPrefix) ? [str(p.addressPrefix) as string] : [])];
  return {
    addressPrefixes: prefixes,
    networkSecurityGroupId: str(obj(p.networkSecurityGroup).id),
    delegations: objs(p.delegations).flatMap((d) => str(obj(d.properties).serviceName) ?? []),
    privateEndpointNetworkPolicies: str(p.privateEndpointNetworkPolicies),
    virtualNetworkId,
  };
}

function flowLog(r: ArmRecord): FlowLog {
  const p = r.properties;
  const retention = obj(p.retentionPolicy);
  return {
    id: r.id,
    enabled: bool(p.enabled) ?? false,
    retentionDays: bool(retention.enabled) ? (num(retention.days) ?? 0) : null,
    trafficAnalyticsEnabled: bool(obj(obj(p.flowAnalyticsConfiguration).networkWatcherFlowAnalyticsConfiguration).enabled) ?? false,
    targetResourceId: str(p.targetResourceId) ?? '',
  };
}

function nicOf(id: string, nics: ReadonlyMap<string, ArmRecord>): VmNetworkInterface | undefined {
  const nic = nics.get(lower(id));
  if (!nic) return undefined;
  const configs = objs(nic.properties.ipConfigurations).map((c) => obj(c.properties));
  return {
    id: nic.id,
    subnetIds: [...new Set(configs.flatMap((c) => str(obj(c.subnet).id) ?? []))],
    publicIpAddressIds: configs.flatMap((c) => str(obj(c.publicIPAddress).id) ?? []),
    networkSecurityGroupId: str(obj(nic.properties.networkSecurityGroup).id),
    applicationSecurityGroupIds: [...new Set(configs.flatMap((c) => ids(c.applicationSecurityGroups)))].sort(),
    // A NIC's addresses are assigned (static or dynamic) while it exists: one missing means the record is incomplete.
    privateIpAddresses: configs.every((c) => str(c.privateIPAddress)) ? configs.map((c) => str(c.privateIPAddress) as string) : undefined,
  };
}

/** `osProfile.{windows,linux}Configuration.patchSettings`; undefined when the record has no osProfile at all. */
function patchSettings(p: JsonObject): { assessmentMode: string | null; patchMode: string | null } | undefined {
  if (p.osProfile === undefined || p.osProfile === null) return undefined;
  const os = obj(p.osProfile);
  const config = obj(os.windowsConfiguration ?? os.linuxConfiguration);
  const settings = obj(config.patchSettings);
  return { assessmentMode: str(settings.assessmentMode), patchMode: str(settings.patchMode) };
}

/** Key Vault `attributes.exp` (Unix seconds) as ISO 8601; null = never expires; undefined = attributes missing or `exp` unreadable. */
function expiry(attrs: Json | undefined): { expires: string | null | undefined } {
  if (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs)) return { expires: undefined };
  if (attrs.exp === undefined || attrs.exp === null) return { expires: null };
  const exp = num(attrs.exp);
  const date = exp === null ? undefined : new Date(exp * 1000);
  return { expires: date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined };
}

function keyConfig(vaultId: string, k: JsonObject): ConfigOf<'azure.keyvault.key'> {
  const p = obj(k.properties);
  const attrs = obj(p.attributes);
  const policy = p.rotationPolicy === undefined || p.rotationPolicy === null ? null : obj(p.rotationPolicy);
  const rotationPolicy: KeyRotationPolicy | null = policy && objs(policy.lifetimeActions).length > 0
    ? {
      expiryTime: str(obj(policy.attributes).expiryTime),
      lifetimeActions: objs(policy.lifetimeActions).map((a) => ({ action: str(obj(a.action).type) ?? '', timeAfterCreate: str(obj(a.trigger).timeAfterCreate), timeBeforeExpiry: str(obj(a.trigger).timeBeforeExpiry) })),
    }
    : null;
  return {
    vaultId,
    kty: orUndef(str(p.kty)),
    enabled: orUndef(bool(attrs.enabled)),
    ...expiry(p.attributes),
    rotationPolicy,
  };
}

/** Child resources from an ARM list (a vault's keys or secrets); an entry without an id is skipped. */
function listedChildren<T extends ResourceType>(list: readonly JsonObject[] | undefined, resourceType: T, api: string, config: (k: JsonObject) => ConfigOf<T>): Derived<T>[] {
  return (list ?? []).flatMap((k): Derived<T>[] => {
    const id = str(k.id);
    return id ? [{ resourceType, id, name: str(k.name) ?? lastSegment(id), tags: tagsOf(k.tags), config: config(k), api }] : [];
  });
}

/** Only `attributes` are read: a secret's value never enters the scanner. */
function secretConfig(vaultId: string, s: JsonObject): ConfigOf<'azure.keyvault.secret'> {
  const attrs = obj(s.properties).attributes;
  return { vaultId, enabled: orUndef(bool(obj(attrs).enabled)), ...expiry(attrs) };
}

function flexibleServer(r: ArmRecord, c: Children, params: readonly string[]): ConfigOf<'azure.postgresql.flexible-server'> {
  const p = r.properties;
  const network = obj(p.network);
  const backup = obj(p.backup);
  let parameters: Record<string, string> | undefined = {};
  for (const name of params) {
    const v = c.one(`param:${name}`);
    if (v === undefined) parameters = undefined;
    else if (parameters && v !== null) setOwn(parameters, name, str(obj(v.properties).value) ?? '');
  }
  return {
    version: orUndef(str(p.version)),
    dataEncryptionType: orUndef(oneOf(obj(p.dataEncryption).type, ['SystemManaged', 'AzureKeyVault'] as const)) ?? (p.dataEncryption === undefined ? 'SystemManaged' : undefined),
    publicNetworkAccess: orUndef(oneOf(network.publicNetworkAccess, ['Enabled', 'Disabled'] as const)),
    delegatedSubnetResourceId: str(network.delegatedSubnetResourceId),
    firewallRules: c.list('firewallRules')?.map((f) => ({ name: str(f.name) ?? '', startIpAddress: str(obj(f.properties).startIpAddress) ?? '', endIpAddress: str(obj(f.properties).endIpAddress) ?? '' })),
    geoRedundantBackup: orUndef(oneOf(backup.geoRedundantBackup, ['Enabled', 'Disabled'] as const)),
    backupRetentionDays: orUndef(num(backup.backupRetentionDays)),
    parameters,
  };
}

/** `properties.resourceGuardResourceId` of each Resource Guard proxy (Recovery Services and Backup vaults spell it the same). */
const resourceGuardIds = (list: readonly JsonObject[] | undefined): string[] | undefined =>
  list?.flatMap((g) => str(obj(g.properties).resourceGuardResourceId) ?? []).sort();

function backupPolicy(o: JsonObject): RecoveryServicesBackupPolicy {
  const p = obj(o.properties);
  return { name: str(o.name) ?? '', backupManagementType: str(p.backupManagementType) ?? '', protectedItemsCount: num(p.protectedItemsCount), ...backupPolicySummary(p) };
}

function replicatedItem(o: JsonObject): ReplicatedItem {
  const p = obj(o.properties);
  return {
    id: str(o.id) ?? '', friendlyName: str(p.friendlyName) ?? str(o.name) ?? '', protectionState: str(p.protectionState),
    lastSuccessfulTestFailoverTime: str(p.lastSuccessfulTestFailoverTime), sourceResourceId: str(obj(p.providerSpecificDetails).fabricObjectId),
  };
}

const flexChildren = (apiVersion: string, params: readonly string[], ns: string): ChildSpec[] => [
  { key: 'firewallRules', path: 'firewallRules', apiVersion, list: true, action: `${ns}/flexibleServers/firewallRules/read` },
  ...params.map((name): ChildSpec => ({ key: `param:${name}`, path: `configurations/${name}`, apiVersion, notFoundIsAbsent: true, action: `${ns}/flexibleServers/configurations/read` })),
];
const PG_PARAMS = ['require_secure_transport', 'ssl_min_protocol_version'] as const;
const MYSQL_PARAMS = ['require_secure_transport', 'tls_version'] as const;

const diskConfig = (r: ArmRecord, snapshot: boolean): ConfigOf<'azure.compute.disk'> => {
  const p = r.properties;
  const enc = obj(p.encryption);
  return {
    encryptionType: orUndef(str(enc.type)),
    diskEncryptionSetId: str(enc.diskEncryptionSetId),
    adeEnabled: p.encryptionSettingsCollection === undefined ? null : bool(obj(p.encryptionSettingsCollection).enabled),
    networkAccessPolicy: orUndef(oneOf(p.networkAccessPolicy, ['AllowAll', 'AllowPrivate', 'DenyAll'] as const)),
    publicNetworkAccess: pna(p.publicNetworkAccess),
    dataAccessAuthMode: oneOf(p.dataAccessAuthMode, ['AzureActiveDirectory', 'None'] as const),
    diskState: snapshot ? null : str(p.diskState),
    managedBy: snapshot ? null : r.managedBy,
  };
};

export const ARM_MAPPERS: readonly ArmMapper[] = [
  mapper({
    armType: 'Microsoft.Storage/storageAccounts', resourceType: 'azure.storage.account', apiVersion: '2023-05-01',
    children: [
      { key: 'blob', path: 'blobServices/default', apiVersion: '2023-05-01', notFoundIsAbsent: true, action: 'Microsoft.Storage/storageAccounts/blobServices/read', when: (r) => r.kind !== 'FileStorage' },
      { ...diagnosticsChild('blobDiagnostics', 'blobServices/default/'), when: (r) => r.kind !== 'FileStorage' },
    ],
    map: (r, c) => {
      const p = r.properties;
      const enc = obj(p.encryption);
      const kv = obj(enc.keyvaultproperties);
      const blob = c.one('blob');
      const bp = blob ? obj(blob.properties) : undefined;
      const retention = (v: Json | undefined) => ({ enabled: bool(obj(v).enabled) ?? false, days: num(obj(v).days) });
      return {
        kind: orUndef(r.kind),
        skuName: orUndef(str(r.sku?.name)),
        supportsHttpsTrafficOnly: orUndef(bool(p.supportsHttpsTrafficOnly)),
        minimumTlsVersion: oneOf(p.minimumTlsVersion, ['TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3'] as const),
        allowBlobPublicAccess: bool(p.allowBlobPublicAccess),
        allowSharedKeyAccess: bool(p.allowSharedKeyAccess),
        publicNetworkAccess: pna(p.publicNetworkAccess),
        networkAcls: networkRuleSet(p.networkAcls),
        encryption: p.encryption === undefined ? undefined : {
          keySource: oneOf(enc.keySource, ['Microsoft.Storage', 'Microsoft.Keyvault'] as const) ?? 'Microsoft.Storage',
          requireInfrastructureEncryption: bool(enc.requireInfrastructureEncryption),
          keyVaultProperties: str(kv.keyvaulturi) && str(kv.keyname) ? { keyVaultUri: str(kv.keyvaulturi) as string, keyName: str(kv.keyname) as string, keyVersion: str(kv.keyversion) } : null,
        },
        privateEndpointConnectionIds: ids(p.privateEndpointConnections),
        blobService: blob === undefined ? undefined : bp === undefined ? null : {
          deleteRetentionPolicy: retention(bp.deleteRetentionPolicy),
          containerDeleteRetentionPolicy: bp.containerDeleteRetentionPolicy === undefined ? null : retention(bp.containerDeleteRetentionPolicy),
          isVersioningEnabled: bool(bp.isVersioningEnabled),
        },
        blobDiagnosticSettings: blob === null ? [] : diagnosticSettings(c.list('blobDiagnostics')),
      };
    },
  }),
  mapper({ armType: 'Microsoft.Compute/disks', resourceType: 'azure.compute.disk', apiVersion: '2023-10-02', map: (r) => diskConfig(r, false) }),
  mapper({ armType: 'Microsoft.Compute/snapshots', resourceType: 'azure.compute.snapshot', apiVersion: '2023-10-02', map: (r) => diskConfig(r, true) }),
  mapper({
    armType: 'Microsoft.Compute/virtualMachines', resourceType: 'azure.compute.virtual-machine', apiVersion: '2024-03-01',
    children: [
      // Resource Graph carries the power state in `properties.extended`; ARM needs the instance view.
      { key: 'instanceView', path: 'instanceView', apiVersion: '2024-03-01', action: 'Microsoft.Compute/virtualMachines/instanceView/read', when: (r) => obj(obj(obj(r.properties.extended).instanceView).powerState).code === undefined },
      { key: 'extensions', path: 'extensions', apiVersion: '2024-03-01', list: true, action: 'Microsoft.Compute/virtualMachines/extensions/read' },
    ],
    map: (r, c, j) => {
      const p = r.properties;
      const storage = obj(p.storageProfile);
      const osDisk = obj(storage.osDisk);
      const nicIds = ids(obj(p.networkProfile).networkInterfaces);
      const nics = j.nics ? nicIds.map((id) => nicOf(id, j.nics as ReadonlyMap<string, ArmRecord>)) : undefined;
      const graphPower = str(obj(obj(obj(p.extended).instanceView).powerState).code);
      const view = c.one('instanceView');
      const power = graphPower ?? (view ? (objs(view.statuses).map((s) => str(s.code) ?? '').find((s) => s.startsWith('PowerState/')) ?? null) : view);
      const extensions = c.list('extensions');
      return {
        osType: orUndef(oneOf(osDisk.osType, ['Linux', 'Windows'] as const)),
        diskIds: [...(str(obj(osDisk.managedDisk).id) ? [str(obj(osDisk.managedDisk).id) as string] : []), ...objs(storage.dataDisks).flatMap((d) => str(obj(d.managedDisk).id) ?? [])],
        encryptionAtHost: bool(obj(p.securityProfile).encryptionAtHost),
        networkInterfaces: nics && nics.every((n) => n !== undefined) ? nics : undefined,
        powerState: power === undefined ? undefined : power === null ? undefined : power.replace(/^PowerState\//, ''),
        extensionTypes: extensions?.flatMap((e) => str(obj(e.properties).type) ?? []).sort(),
        backupProtected: j.protectedSourceIds ? j.protectedSourceIds.has(lower(r.id)) : undefined,
        patchSettings: patchSettings(p),
        patchAssessment: j.patchAssessments ? (j.patchAssessments.get(lower(r.id)) ?? null) : undefined,
      };
    },
  }),
  mapper({
    armType: 'Microsoft.DocumentDB/databaseAccounts', resourceType: 'azure.cosmosdb.account', apiVersion: '2024-05-15',
    children: [diagnosticsChild('diagnostics')],
    map: (r, c) => {
      const p = r.properties;
      const backup = p.backupPolicy === undefined ? undefined : obj(p.backupPolicy);
      const type = backup ? oneOf(backup.type, ['Periodic', 'Continuous'] as const) : null;
      return {
        keyVaultKeyUri: str(p.keyVaultKeyUri),
        publicNetworkAccess: pna(p.publicNetworkAccess),
        isVirtualNetworkFilterEnabled: bool(p.isVirtualNetworkFilterEnabled) ?? false,
        ipRules: objs(p.ipRules).flatMap((i) => str(i.ipAddressOrRange) ?? []),
        minimalTlsVersion: oneOf(p.minimalTlsVersion, ['Tls', 'Tls11', 'Tls12'] as const),
        backupPolicy: backup && type ? { type, backupStorageRedundancy: type === 'Continuous' ? null : oneOf(obj(backup.periodicModeProperties).backupStorageRedundancy, ['Geo', 'Local', 'Zone'] as const) } : undefined,
        disableLocalAuth: bool(p.disableLocalAuth),
        diagnosticSettings: diagnosticSettings(c.list('diagnostics')),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.DataProtection/backupVaults', resourceType: 'azure.dataprotection.backup-vault', apiVersion: '2024-04-01',
    children: [{ key: 'guards', path: 'backupResourceGuardProxies', apiVersion: '2024-04-01', list: true, action: 'Microsoft.DataProtection/backupVaults/backupResourceGuardProxies/read' }],
    map: (r, c) => {
      const p = r.properties;
      const sec = obj(p.securitySettings);
      const sd = obj(sec.softDeleteSettings);
      return {
        softDeleteState: orUndef(oneOf(sd.state, ['Off', 'On', 'AlwaysOn'] as const)),
        softDeleteRetentionDurationInDays: num(sd.retentionDurationInDays),
        immutabilityState: oneOf(obj(sec.immutabilitySettings).state, ['Disabled', 'Unlocked', 'Locked'] as const),
        storageSettings: objs(p.storageSettings).flatMap((s) => {
          const type = oneOf(s.type, ['GeoRedundant', 'LocallyRedundant', 'ZoneRedundant'] as const);
          return type ? [{ datastoreType: str(s.datastoreType) ?? '', type }] : [];
        }),
        crossRegionRestoreState: oneOf(obj(obj(p.featureSettings).crossRegionRestoreSettings).state, ['Enabled', 'Disabled'] as const),
        resourceGuardIds: resourceGuardIds(c.list('guards')),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.RecoveryServices/vaults', resourceType: 'azure.recoveryservices.vault', apiVersion: '2024-04-01',
    children: [
      { key: 'protectedItems', path: 'backupProtectedItems', apiVersion: '2024-04-01', list: true, action: 'Microsoft.RecoveryServices/vaults/backupProtectedItems/read' },
      // Older vaults report these only through the legacy config resources.
      { key: 'vaultConfig', path: 'backupconfig/vaultconfig', apiVersion: '2024-04-01', action: 'Microsoft.RecoveryServices/vaults/backupconfig/read', when: (r) => obj(r.properties.securitySettings).softDeleteSettings === undefined },
      { key: 'storageConfig', path: 'backupstorageconfig/vaultstorageconfig', apiVersion: '2024-04-01', action: 'Microsoft.RecoveryServices/vaults/backupstorageconfig/read', when: (r) => r.properties.redundancySettings === undefined },
      { key: 'policies', path: 'backupPolicies', apiVersion: '2024-04-01', list: true, action: 'Microsoft.RecoveryServices/vaults/backupPolicies/read' },
      { key: 'guards', path: 'backupResourceGuardProxies', apiVersion: '2024-04-01', list: true, action: 'Microsoft.RecoveryServices/vaults/backupResourceGuardProxies/read' },
      { key: 'replicated', path: 'replicationProtectedItems', apiVersion: '2024-04-01', list: true, action: 'Microsoft.RecoveryServices/vaults/replicationProtectedItems/read' },
    ],
    map: (r, c) => {
      const p = r.properties;
      const sec = obj(p.securitySettings);
      const redundancy = p.redundancySettings === undefined ? undefined : obj(p.redundancySettings);
      const vaultConfig = c.one('vaultConfig');
      const storageConfig = c.one('storageConfig');
      const legacySoftDelete = vaultConfig ? oneOf(obj(vaultConfig.properties).softDeleteFeatureState, ['Enabled', 'AlwaysON', 'Disabled', 'Invalid'] as const) : null;
      const storageModel = storageConfig ? str(obj(storageConfig.properties).storageModelType) ?? str(obj(storageConfig.properties).storageType) : null;
      const legacyCrr = storageConfig ? bool(obj(storageConfig.properties).crossRegionRestoreFlag) : null;
      return {
        softDeleteState: orUndef(oneOf(obj(sec.softDeleteSettings).softDeleteState, ['Enabled', 'AlwaysON', 'Disabled', 'Invalid'] as const) ?? legacySoftDelete),
        softDeleteRetentionPeriodInDays: num(obj(sec.softDeleteSettings).softDeleteRetentionPeriodInDays),
        immutabilityState: oneOf(obj(sec.immutabilitySettings).state, ['Disabled', 'Unlocked', 'Locked'] as const),
        standardTierStorageRedundancy: orUndef(oneOf(redundancy?.standardTierStorageRedundancy, ['GeoRedundant', 'LocallyRedundant', 'ZoneRedundant', 'Invalid'] as const) ?? oneOf(storageModel, ['GeoRedundant', 'LocallyRedundant', 'ZoneRedundant', 'Invalid'] as const)),
        crossRegionRestore: orUndef(oneOf(redundancy?.crossRegionRestore, ['Enabled', 'Disabled'] as const) ?? (legacyCrr === null ? null : legacyCrr ? 'Enabled' : 'Disabled')),
        publicNetworkAccess: orUndef(pna(p.publicNetworkAccess)),
        protectedItemSourceIds: c.list('protectedItems')?.flatMap((i) => str(obj(i.properties).sourceResourceId) ?? []).sort(),
        backupPolicies: c.list('policies')?.map(backupPolicy),
        resourceGuardIds: resourceGuardIds(c.list('guards')),
        replicatedItems: c.list('replicated')?.map(replicatedItem),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.DBforPostgreSQL/flexibleServers', resourceType: 'azure.postgresql.flexible-server', apiVersion: '2022-12-01',
    children: flexChildren('2022-12-01', PG_PARAMS, 'Microsoft.DBforPostgreSQL'),
    map: (r, c) => flexibleServer(r, c, PG_PARAMS),
  }),
  mapper({
    armType: 'Microsoft.DBforMySQL/flexibleServers', resourceType: 'azure.mysql.flexible-server', apiVersion: '2023-12-30',
    children: flexChildren('2023-12-30', MYSQL_PARAMS, 'Microsoft.DBforMySQL'),
    map: (r, c) => flexibleServer(r, c, MYSQL_PARAMS),
  }),
  mapper({
    armType: 'Microsoft.Network/networkSecurityGroups', resourceType: 'azure.network.security-group', apiVersion: '2023-11-01',
    map: (r, _c, j) => ({
      securityRules: nsgRules(r.properties.securityRules), subnetIds: ids(r.properties.subnets), networkInterfaceIds: ids(r.properties.networkInterfaces),
      flowLogs: j.flowLogs?.filter((f) => lower(str(f.properties.targetResourceId) ?? '') === lower(r.id)).map(flowLog),
    }),
  }),
  mapper({
    armType: 'Microsoft.Network/virtualNetworks', resourceType: 'azure.network.virtual-network', apiVersion: '2023-11-01',
    derives: ['azure.network.subnet'],
    map: (r, _c, j) => {
      const prefix = `${lower(r.id)}/`;
      return {
        addressPrefixes: strings(obj(r.properties.addressSpace).addressPrefixes),
        peeredVnetIds: objs(r.properties.virtualNetworkPeerings).flatMap((pe) => str(obj(obj(pe.properties).remoteVirtualNetwork).id) ?? []),
        peerings: vnetPeerings(r.properties.virtualNetworkPeerings),
        flowLogs: j.flowLogs?.filter((f) => {
          const target = lower(str(f.properties.targetResourceId) ?? '');
          return target === lower(r.id) || target.startsWith(prefix);
        }).map(flowLog),
      };
    },
    derive: (r) => objs(r.properties.subnets).flatMap((s): Derived[] => {
      const id = str(s.id);
      return id ? [{ resourceType: 'azure.network.subnet', id, name: str(s.name) ?? lastSegment(id), tags: {}, config: subnetConfig(obj(s.properties), r.id), api: 'Microsoft.Network/virtualNetworks' }] : [];
    }),
  }),
  mapper({
    armType: 'Microsoft.Network/applicationGateways', resourceType: 'azure.network.application-gateway', apiVersion: '2023-11-01',
    map: (r) => {
      const p = r.properties;
      const ssl = p.sslPolicy === undefined ? null : obj(p.sslPolicy);
      const waf = p.webApplicationFirewallConfiguration === undefined ? undefined : bool(obj(p.webApplicationFirewallConfiguration).enabled);
      return {
        sslPolicy: ssl ? { policyType: str(ssl.policyType), policyName: str(ssl.policyName), minProtocolVersion: str(ssl.minProtocolVersion), disabledSslProtocols: strings(ssl.disabledSslProtocols) } : null,
        httpListeners: objs(p.httpListeners).map((l) => ({ name: str(l.name) ?? '', protocol: oneOf(obj(l.properties).protocol, ['Http', 'Https'] as const) ?? 'Http' })),
        wafEnabled: waf ?? (str(obj(p.firewallPolicy).id) ? true : null),
        subnetIds: objs(p.gatewayIPConfigurations).flatMap((g) => str(obj(obj(g.properties).subnet).id) ?? []),
        publicIpAddressIds: objs(p.frontendIPConfigurations).flatMap((f) => str(obj(obj(f.properties).publicIPAddress).id) ?? []),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.Cache/redis', resourceType: 'azure.redis.cache', apiVersion: '2024-03-01',
    map: (r) => ({
      enableNonSslPort: bool(r.properties.enableNonSslPort),
      minimumTlsVersion: str(r.properties.minimumTlsVersion),
      publicNetworkAccess: orUndef(pna(r.properties.publicNetworkAccess)) ?? 'Enabled',
      subnetId: str(r.properties.subnetId),
    }),
  }),
  mapper({
    armType: 'Microsoft.Sql/servers', resourceType: 'azure.sql.server', apiVersion: '2021-11-01',
    children: [
      { key: 'firewallRules', path: 'firewallRules', apiVersion: '2021-11-01', list: true, action: 'Microsoft.Sql/servers/firewallRules/read' },
      { key: 'encryptionProtector', path: 'encryptionProtector/current', apiVersion: '2021-11-01', action: 'Microsoft.Sql/servers/encryptionProtector/read' },
      { key: 'auditing', path: 'auditingSettings/default', apiVersion: '2021-11-01', action: 'Microsoft.Sql/servers/auditingSettings/read' },
      { key: 'securityAlert', path: 'securityAlertPolicies/Default', apiVersion: '2021-11-01', action: 'Microsoft.Sql/servers/securityAlertPolicies/read' },
      { key: 'sqlVa', path: 'sqlVulnerabilityAssessments/default', apiVersion: '2022-11-01-preview', notFoundIsAbsent: true, action: 'Microsoft.Sql/servers/sqlVulnerabilityAssessments/read' },
      { key: 'classicVa', path: 'vulnerabilityAssessments/default', apiVersion: '2021-11-01', notFoundIsAbsent: true, action: 'Microsoft.Sql/servers/vulnerabilityAssessments/read' },
    ],
    map: (r, c) => {
      const p = r.properties;
      const audit = c.one('auditing');
      const protector = c.one('encryptionProtector');
      const alert = c.one('securityAlert');
      const sqlVa = c.one('sqlVa');
      const classicVa = c.one('classicVa');
      const vaKnown = sqlVa !== undefined && classicVa !== undefined;
      const va = (sqlVa ? str(obj(sqlVa.properties).state) === 'Enabled' : false) || (classicVa ? bool(obj(obj(classicVa.properties).recurringScans).isEnabled) === true : false);
      return {
        minimalTlsVersion: str(p.minimalTlsVersion),
        publicNetworkAccess: orUndef(pna(p.publicNetworkAccess)),
        firewallRules: c.list('firewallRules')?.map((f) => ({ name: str(f.name) ?? '', startIpAddress: str(obj(f.properties).startIpAddress) ?? '', endIpAddress: str(obj(f.properties).endIpAddress) ?? '' })),
        encryptionProtectorKeyType: protector ? orUndef(oneOf(obj(protector.properties).serverKeyType, ['ServiceManaged', 'AzureKeyVault'] as const)) : undefined,
        auditing: audit ? (() => {
          const a = obj(audit.properties);
          const state = oneOf(a.state, ['Enabled', 'Disabled'] as const);
          return state ? { state, retentionDays: num(a.retentionDays), isAzureMonitorTargetEnabled: bool(a.isAzureMonitorTargetEnabled) ?? false, storageEndpoint: str(a.storageEndpoint) } : undefined;
        })() : undefined,
        securityAlertPolicyState: alert ? orUndef(oneOf(obj(alert.properties).state, ['Enabled', 'Disabled'] as const)) : undefined,
        vulnerabilityAssessmentEnabled: va ? true : vaKnown ? false : undefined,
        azureADOnlyAuthentication: bool(obj(p.administrators).azureADOnlyAuthentication),
        privateEndpointConnectionIds: objs(p.privateEndpointConnections).flatMap((e) => str(e.id) ?? str(obj(e.properties).id) ?? []),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.Sql/servers/databases', resourceType: 'azure.sql.database', apiVersion: '2021-11-01',
    children: [
      { key: 'tde', path: 'transparentDataEncryption/current', apiVersion: '2021-11-01', action: 'Microsoft.Sql/servers/databases/transparentDataEncryption/read' },
      { key: 'shortTerm', path: 'backupShortTermRetentionPolicies/default', apiVersion: '2021-11-01', action: 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies/read' },
      { key: 'longTerm', path: 'backupLongTermRetentionPolicies/default', apiVersion: '2021-11-01', notFoundIsAbsent: true, action: 'Microsoft.Sql/servers/databases/backupLongTermRetentionPolicies/read' },
    ],
    map: (r, c) => {
      const p = r.properties;
      const tde = c.one('tde');
      const shortTerm = c.one('shortTerm');
      const ltr = c.one('longTerm');
      const lp = ltr ? obj(ltr.properties) : undefined;
      return {
        serverId: r.id.replace(/\/databases\/[^/]+$/i, ''),
        transparentDataEncryptionState: tde ? orUndef(oneOf(obj(tde.properties).state, ['Enabled', 'Disabled'] as const)) : undefined,
        backupStorageRedundancy: orUndef(oneOf(p.currentBackupStorageRedundancy ?? p.requestedBackupStorageRedundancy, ['Geo', 'GeoZone', 'Local', 'Zone'] as const)),
        shortTermRetentionDays: shortTerm ? orUndef(num(obj(shortTerm.properties).retentionDays)) : undefined,
        longTermRetention: ltr === undefined ? undefined : lp === undefined ? null : { weeklyRetention: str(lp.weeklyRetention) ?? 'PT0S', monthlyRetention: str(lp.monthlyRetention) ?? 'PT0S', yearlyRetention: str(lp.yearlyRetention) ?? 'PT0S' },
        skuTier: orUndef(str(r.sku?.tier)),
      };
    },
  }),
  mapper({
    armType: 'Microsoft.KeyVault/vaults', resourceType: 'azure.keyvault.vault', apiVersion: '2023-07-01',
    children: [
      diagnosticsChild('diagnostics'),
      { key: 'keys', path: 'keys', apiVersion: '2023-07-01', list: true, action: 'Microsoft.KeyVault/vaults/keys/read', derives: ['azure.keyvault.key'] },
      // The ARM list carries each secret's attributes, never its value.
      { key: 'secrets', path: 'secrets', apiVersion: '2023-07-01', list: true, action: 'Microsoft.KeyVault/vaults/secrets/read', derives: ['azure.keyvault.secret'] },
    ],
    derives: ['azure.keyvault.key', 'azure.keyvault.secret'],
    map: (r, c) => {
      const p = r.properties;
      return {
        enableSoftDelete: bool(p.enableSoftDelete),
        softDeleteRetentionInDays: num(p.softDeleteRetentionInDays),
        enablePurgeProtection: bool(p.enablePurgeProtection),
        enableRbacAuthorization: bool(p.enableRbacAuthorization),
        publicNetworkAccess: pna(p.publicNetworkAccess),
        networkAcls: p.networkAcls === undefined || p.networkAcls === null ? null : networkRuleSet(p.networkAcls),
        privateEndpointConnectionIds: objs(p.privateEndpointConnections).flatMap((e) => str(e.id) ?? []),
        diagnosticSettings: diagnosticSettings(c.list('diagnostics')),
      };
    },
    derive: (r, c) => [
      ...listedChildren(c.list('keys'), 'azure.keyvault.key', 'Microsoft.KeyVault/vaults/keys', (k) => keyConfig(r.id, k)),
      ...listedChildren(c.list('secrets'), 'azure.keyvault.secret', 'Microsoft.KeyVault/vaults/secrets', (k) => secretConfig(r.id, k)),
    ],
  }),
  mapper({
    armType: 'Microsoft.Web/sites', resourceType: 'azure.web.site', apiVersion: '2023-12-01',
    children: [{ key: 'web', path: 'config/web', apiVersion: '2023-12-01', action: 'Microsoft.Web/sites/config/read' }],
    map: (r, c) => {
      const p = r.properties;
      const web = c.one('web');
      const w = web ? obj(web.properties) : undefined;
      return {
        kind: orUndef(r.kind),
        httpsOnly: orUndef(bool(p.httpsOnly)),
        minTlsVersion: w ? orUndef(str(w.minTlsVersion)) : undefined,
        scmMinTlsVersion: w ? str(w.scmMinTlsVersion) : undefined,
        ftpsState: w ? orUndef(oneOf(w.ftpsState, ['AllAllowed', 'FtpsOnly', 'Disabled'] as const)) : undefined,
        clientCertEnabled: orUndef(bool(p.clientCertEnabled)) ?? false,
        publicNetworkAccess: pna(p.publicNetworkAccess),
        virtualNetworkSubnetId: str(p.virtualNetworkSubnetId),
      };
    },
  }),
];

/** ARM types read only to join onto others (VM NICs, VNet flow logs). */
export const NIC_TYPE = 'Microsoft.Network/networkInterfaces';
export const FLOW_LOG_TYPE = 'Microsoft.Network/networkWatchers/flowLogs';
export const ACTIVITY_LOG_ALERT_TYPE = 'Microsoft.Insights/activityLogAlerts';
export const HELPER_TYPES: readonly { readonly armType: string; readonly apiVersion: string; readonly hides: readonly ResourceType[] }[] = [
  { armType: NIC_TYPE, apiVersion: '2023-11-01', hides: ['azure.compute.virtual-machine'] },
  { armType: FLOW_LOG_TYPE, apiVersion: '2023-11-01', hides: ['azure.network.virtual-network', 'azure.network.security-group'] },
  { armType: ACTIVITY_LOG_ALERT_TYPE, apiVersion: '2020-10-01', hides: ['azure.resources.subscription'] },
];

/** Every ARM type the inventory reads. */
export const ARM_TYPES: readonly string[] = [...ARM_MAPPERS.map((m) => m.armType), ...HELPER_TYPES.map((h) => h.armType)];

export const mapperFor = (armType: string): ArmMapper | undefined => ARM_MAPPERS.find((m) => lower(m.armType) === lower(armType));

// ---------------------------------------------------------------------------------------------
// Subscription and tenant settings.

export function defenderPlans(list: readonly JsonObject[]): DefenderPlan[] {
  return list.map((d) => {
    const p = obj(d.properties);
    return {
      name: str(d.name) ?? '',
      pricingTier: oneOf(p.pricingTier, ['Free', 'Standard'] as const) ?? 'Free',
      subPlan: str(p.subPlan),
      extensions: objs(p.extensions).map((e) => ({ name: str(e.name) ?? '', isEnabled: bool(e.isEnabled) ?? false })),
    };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function policyAssignments(list: readonly JsonObject[]): PolicyAssignment[] {
  return list.map((a) => {
    const p = obj(a.properties);
    return {
      id: str(a.id) ?? '',
      name: str(a.name) ?? '',
      displayName: str(p.displayName),
      policyDefinitionId: str(p.policyDefinitionId) ?? '',
      enforcementMode: oneOf(p.enforcementMode, ['Default', 'DoNotEnforce'] as const) ?? 'Default',
      scope: str(p.scope) ?? '',
    };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const leaf = (l: JsonObject): AlertLeafCondition => ({ field: str(l.field), equals: str(l.equals), containsAny: strings(l.containsAny) });

export function activityLogAlert(r: ArmRecord): ActivityLogAlert {
  const p = r.properties;
  return {
    id: r.id, name: r.name,
    enabled: bool(p.enabled) ?? true,
    scopes: strings(p.scopes),
    allOf: objs(obj(p.condition).allOf).map((c) => ({ ...leaf(c), anyOf: objs(c.anyOf).map(leaf) })),
    actionGroupIds: objs(obj(p.actions).actionGroups).flatMap((g) => str(g.actionGroupId) ?? []),
  };
}

export function roleAssignments(list: readonly JsonObject[]): RoleAssignment[] {
  return list.map((a) => {
    const p = obj(a.properties);
    return { id: str(a.id) ?? '', principalId: str(p.principalId) ?? '', principalType: str(p.principalType), roleDefinitionId: str(p.roleDefinitionId) ?? '', scope: str(p.scope) ?? '' };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function customRoleDefinitions(list: readonly JsonObject[]): CustomRoleDefinition[] {
  return list.filter((d) => str(obj(d.properties).type) === 'CustomRole').map((d) => {
    const p = obj(d.properties);
    const perms = objs(p.permissions);
    return {
      id: str(d.id) ?? '', roleName: str(p.roleName) ?? str(d.name) ?? '',
      actions: perms.flatMap((x) => strings(x.actions)), notActions: perms.flatMap((x) => strings(x.notActions)), assignableScopes: strings(p.assignableScopes),
    };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function roleAssignmentScheduleInstances(list: readonly JsonObject[]): RoleAssignmentScheduleInstance[] {
  return list.map((a) => {
    const p = obj(a.properties);
    return {
      id: str(a.id) ?? '', principalId: str(p.principalId) ?? '', principalType: str(p.principalType), roleDefinitionId: str(p.roleDefinitionId) ?? '', scope: str(p.scope) ?? '',
      assignmentType: str(p.assignmentType), memberType: str(p.memberType), endDateTime: str(p.endDateTime),
    };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function securitySettings(list: readonly JsonObject[]): SecuritySetting[] {
  return list.map((x) => ({ name: str(x.name) ?? '', enabled: bool(obj(x.properties).enabled) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `{ includeX, excludeX }` of a condition object; null when Graph returns none. */
function includeExclude(v: Json | undefined, include: string, exclude: string): IncludeExclude | null {
  if (v === null || v === undefined || typeof v !== 'object') return null;
  const o = obj(v);
  return { include: strings(o[include]), exclude: strings(o[exclude]) };
}

/** Graph flag enums arrive as one comma-separated string (`minor,moderate`). */
const flags = (v: Json | undefined): string[] => (str(v) ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');

const filterOf = (v: Json | undefined): { mode: string; rule: string } | null => {
  const f = obj(v);
  const rule = str(f.rule);
  return rule === null ? null : { mode: str(f.mode) ?? 'include', rule };
};

/** Directory role members (`directoryObject`s): id and `@odata.type` without `#microsoft.graph.` ('' when Graph omits it), sorted. */
export function directoryRoleMembers(list: readonly JsonObject[]): DirectoryRoleMember[] {
  return list
    .map((m) => ({ id: str(m.id) ?? '', type: (str(m['@odata.type']) ?? '').replace(/^#microsoft\.graph\./i, '') }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function conditionalAccessPolicies(list: readonly JsonObject[]): ConditionalAccessPolicy[] {
  return list.map((cap) => {
    const cond = obj(cap.conditions);
    const users = obj(cond.users);
    const apps = obj(cond.applications);
    const grant = cap.grantControls === null || cap.grantControls === undefined ? null : obj(cap.grantControls);
    const strength = grant && grant.authenticationStrength !== null && grant.authenticationStrength !== undefined ? obj(grant.authenticationStrength) : null;
    const guests = (v: Json | undefined) => (v === null || v === undefined ? null : (str(obj(v).guestOrExternalUserTypes) ?? ''));
    return {
      id: str(cap.id) ?? '',
      displayName: str(cap.displayName) ?? '',
      state: oneOf(cap.state, ['enabled', 'disabled', 'enabledForReportingButNotEnforced'] as const) ?? 'disabled',
      conditions: {
        users: {
          includeUsers: strings(users.includeUsers), excludeUsers: strings(users.excludeUsers),
          includeGroups: strings(users.includeGroups), excludeGroups: strings(users.excludeGroups),
          includeRoles: strings(users.includeRoles), excludeRoles: strings(users.excludeRoles),
          includeGuestsOrExternalUsers: guests(users.includeGuestsOrExternalUsers), excludeGuestsOrExternalUsers: guests(users.excludeGuestsOrExternalUsers),
        },
        applications: {
          includeApplications: strings(apps.includeApplications), excludeApplications: strings(apps.excludeApplications),
          includeUserActions: strings(apps.includeUserActions), includeAuthenticationContextClassReferences: strings(apps.includeAuthenticationContextClassReferences),
          applicationFilter: filterOf(apps.applicationFilter),
        },
        clientAppTypes: strings(cond.clientAppTypes),
        clientApplications: includeExclude(cond.clientApplications, 'includeServicePrincipals', 'excludeServicePrincipals'),
        locations: includeExclude(cond.locations, 'includeLocations', 'excludeLocations'),
        platforms: includeExclude(cond.platforms, 'includePlatforms', 'excludePlatforms'),
        deviceFilter: filterOf(obj(cond.devices).deviceFilter),
        userRiskLevels: strings(cond.userRiskLevels),
        signInRiskLevels: strings(cond.signInRiskLevels),
        servicePrincipalRiskLevels: strings(cond.servicePrincipalRiskLevels),
        insiderRiskLevels: flags(cond.insiderRiskLevels),
        authenticationFlows: flags(obj(cond.authenticationFlows).transferMethods),
      },
      grantControls: grant ? {
        operator: oneOf(grant.operator, ['AND', 'OR'] as const) ?? 'OR',
        builtInControls: strings(grant.builtInControls),
        authenticationStrength: strength && str(strength.id) ? { id: str(strength.id) ?? '', requirementsSatisfied: str(strength.requirementsSatisfied) } : null,
      } : null,
    };
  }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

