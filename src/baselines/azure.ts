import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import type { RequirementId } from '../nprm/catalog.js';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault/index.js';
import { KeyVaultKey } from '@cdktf/provider-azurerm/lib/key-vault-key/index.js';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace/index.js';
import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting/index.js';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group/index.js';
import { NetworkWatcherFlowLog } from '@cdktf/provider-azurerm/lib/network-watcher-flow-log/index.js';
import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server/index.js';
import { PostgresqlFlexibleServerConfiguration } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration/index.js';
import { PrivateDnsZone } from '@cdktf/provider-azurerm/lib/private-dns-zone/index.js';
import { PrivateDnsZoneVirtualNetworkLink } from '@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link/index.js';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider/index.js';
import { DataProtectionResourceGuard } from '@cdktf/provider-azurerm/lib/data-protection-resource-guard/index.js';
import { RecoveryServicesVault } from '@cdktf/provider-azurerm/lib/recovery-services-vault/index.js';
import { RecoveryServicesVaultResourceGuardAssociation } from '@cdktf/provider-azurerm/lib/recovery-services-vault-resource-guard-association/index.js';
import { SecurityCenterSetting } from '@cdktf/provider-azurerm/lib/security-center-setting/index.js';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group/index.js';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment/index.js';
import { SecurityCenterSubscriptionPricing } from '@cdktf/provider-azurerm/lib/security-center-subscription-pricing/index.js';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account/index.js';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet/index.js';
import { SubscriptionPolicyAssignment } from '@cdktf/provider-azurerm/lib/subscription-policy-assignment/index.js';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association/index.js';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity/index.js';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network/index.js';
import { ephiTags, type Tags } from './tags.js';

/**
 * Azure HIPAA baseline constructs. The subscription and tenant ids are literal props so the
 * subscription-scope resources (Defender plans, activity log export) are addressable before apply.
 */

interface AzureScope {
  readonly resourceGroup: ResourceGroup;
  readonly location: string;
}

// ---- Monitoring -----------------------------------------------------------------------------

/** Log Analytics workspace that receives every diagnostic setting of the baseline. */
export class LogWorkspace extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['audit-logging', 'configuration-management'];
  readonly workspace: LogAnalyticsWorkspace;

  constructor(scope: Construct, id: string, props: AzureScope & { readonly name: string; readonly retentionDays?: number; readonly tags?: Tags }) {
    super(scope, id);
    this.workspace = new LogAnalyticsWorkspace(this, 'workspace', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      sku: 'PerGB2018',
      retentionInDays: props.retentionDays ?? 365,
      internetIngestionEnabled: true,
      internetQueryEnabled: false,
      tags: { ...props.tags },
    });
  }
}

/** A diagnostic setting sending every `allLogs` and `audit` category of a resource to the workspace. */
export function diagnostics(scope: Construct, id: string, targetResourceId: string, workspace: LogAnalyticsWorkspace, categoryGroups: readonly string[] = ['allLogs']): MonitorDiagnosticSetting {
  return new MonitorDiagnosticSetting(scope, id, {
    name: 'phiscan-baseline',
    targetResourceId,
    logAnalyticsWorkspaceId: workspace.id,
    enabledLog: categoryGroups.map((categoryGroup) => ({ categoryGroup })),
  });
}

// ---- Key Vault ------------------------------------------------------------------------------

export interface EphiKeyVaultProps extends AzureScope {
  readonly name: string;
  readonly tenantId: string;
  /** Key names to create (RSA 3072, rotated automatically). Default `ephi-storage`. */
  readonly keyNames?: readonly string[];
  /** Rotate this long after creation (ISO 8601 duration). Default P90D. */
  readonly rotateAfter?: string;
  /** Key expiry (ISO 8601 duration). Default P1Y. */
  readonly expireAfter?: string;
  /** Principal object ids that administer keys (Key Vault Crypto Officer). */
  readonly keyAdminObjectIds?: readonly string[];
  readonly workspace: LogAnalyticsWorkspace;
  /** Client IPs allowed through the vault firewall (e.g. the deployment runner). Default none. */
  readonly allowedIps?: readonly string[];
  readonly tags?: Tags;
}

/** Premium Key Vault with RBAC, purge protection, 90-day soft delete, firewall default deny, audit logs and rotating keys. */
export class EphiKeyVault extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'audit-logging'];
  readonly vault: KeyVault;
  readonly keys: Readonly<Record<string, KeyVaultKey>>;
  readonly diagnostics: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: EphiKeyVaultProps) {
    super(scope, id);
    this.vault = new KeyVault(this, 'vault', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      tenantId: props.tenantId,
      skuName: 'premium',
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      publicNetworkAccessEnabled: true,
      // The vault firewall denies everything but trusted Azure services and the listed IPs.
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [...(props.allowedIps ?? [])], virtualNetworkSubnetIds: [] },
      tags: { ...props.tags },
    });
    for (const [i, objectId] of (props.keyAdminObjectIds ?? []).entries()) {
      new RoleAssignment(this, `crypto-officer-${i}`, { scope: this.vault.id, roleDefinitionName: 'Key Vault Crypto Officer', principalId: objectId });
    }
    const keys: Record<string, KeyVaultKey> = {};
    for (const name of props.keyNames ?? ['ephi-storage']) {
      keys[name] = new KeyVaultKey(this, `key-${name}`, {
        name,
        keyVaultId: this.vault.id,
        keyType: 'RSA-HSM',
        keySize: 3072,
        keyOpts: ['wrapKey', 'unwrapKey'],
        rotationPolicy: { expireAfter: props.expireAfter ?? 'P1Y', notifyBeforeExpiry: 'P30D', automatic: { timeAfterCreation: props.rotateAfter ?? 'P90D' } },
        tags: { ...props.tags },
      });
    }
    this.keys = keys;
    this.diagnostics = diagnostics(this, 'diagnostics', this.vault.id, props.workspace, ['audit', 'allLogs']);
  }
}

/** A Key Vault key and a user-assigned identity allowed to wrap and unwrap with it (both in the key's region). */
export interface CmkGrant {
  readonly key: KeyVaultKey;
  readonly identity: UserAssignedIdentity;
  readonly grant: RoleAssignment;
}

/** An identity in the vault's region that may use `keyName` (Key Vault Crypto Service Encryption User on the vault). */
export function cmkGrant(scope: Construct, id: string, props: AzureScope & { readonly name: string; readonly keyVault: EphiKeyVault; readonly keyName: string }): CmkGrant {
  const key = props.keyVault.keys[props.keyName];
  if (!key) throw new Error(`${id}: key vault has no key ${props.keyName}`);
  const identity = new UserAssignedIdentity(scope, `${id}-identity`, { name: props.name, location: props.location, resourceGroupName: props.resourceGroup.name });
  const grant = new RoleAssignment(scope, `${id}-access`, { scope: props.keyVault.vault.id, roleDefinitionName: 'Key Vault Crypto Service Encryption User', principalId: identity.principalId });
  return { key, identity, grant };
}

// ---- Storage --------------------------------------------------------------------------------

export interface EphiStorageAccountProps extends AzureScope {
  readonly name: string;
  readonly keyVault: EphiKeyVault;
  readonly keyName?: string;
  readonly workspace: LogAnalyticsWorkspace;
  /** Blob and container soft delete, in days. Default 30. */
  readonly softDeleteDays?: number;
  /** Version-level immutability period in days. Default 30. */
  readonly immutabilityDays?: number;
  /** Immutability state: `Unlocked` (can be shortened) or `Locked` (irreversible). Default Unlocked. */
  readonly immutabilityState?: 'Unlocked' | 'Locked';
  /** Default GZRS. */
  readonly replication?: string;
  readonly ephi?: boolean;
  /**
   * `Disabled` (default): private endpoints only. `SelectedNetworks`: the public endpoint with the
   * firewall default Deny and trusted Azure services allowed, which platform log delivery (VNet flow
   * logs from Network Watcher) needs.
   */
  readonly publicNetworkAccess?: 'Disabled' | 'SelectedNetworks';
  readonly tags?: Tags;
}

/** StorageV2 with a customer-managed key, TLS 1.2, HTTPS only, no public network access, no Shared Key, soft delete, versioning, immutability, blob logs. */
export class EphiStorageAccount extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'encryption-in-transit', 'integrity', 'backup-separation', 'access-control-least-privilege', 'audit-logging'];
  readonly account: StorageAccount;
  readonly identity: UserAssignedIdentity;
  readonly blobDiagnostics: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: EphiStorageAccountProps) {
    super(scope, id);
    const { key, identity, grant } = cmkGrant(this, 'cmk', { ...props, name: `${props.name}-cmk`, keyName: props.keyName ?? 'ephi-storage' });
    this.identity = identity;
    const days = props.softDeleteDays ?? 30;
    this.account = new StorageAccount(this, 'account', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      accountKind: 'StorageV2',
      accountTier: 'Standard',
      accountReplicationType: props.replication ?? 'GZRS',
      minTlsVersion: 'TLS1_2',
      httpsTrafficOnlyEnabled: true,
      publicNetworkAccessEnabled: props.publicNetworkAccess === 'SelectedNetworks',
      allowNestedItemsToBePublic: false,
      sharedAccessKeyEnabled: false,
      defaultToOauthAuthentication: true,
      infrastructureEncryptionEnabled: true,
      identity: { type: 'UserAssigned', identityIds: [this.identity.id] },
      customerManagedKey: { keyVaultKeyId: key.versionlessId, userAssignedIdentityId: this.identity.id },
      networkRules: { defaultAction: 'Deny', bypass: ['AzureServices', 'Logging', 'Metrics'], ipRules: [], virtualNetworkSubnetIds: [] },
      blobProperties: {
        versioningEnabled: true,
        changeFeedEnabled: true,
        deleteRetentionPolicy: { days },
        containerDeleteRetentionPolicy: { days },
      },
      immutabilityPolicy: { allowProtectedAppendWrites: false, periodSinceCreationInDays: props.immutabilityDays ?? 30, state: props.immutabilityState ?? 'Unlocked' },
      tags: props.ephi === false ? { ...props.tags } : ephiTags(props.tags),
      dependsOn: [grant],
    });
    this.blobDiagnostics = diagnostics(this, 'blob-diagnostics', `${this.account.id}/blobServices/default`, props.workspace, ['audit', 'allLogs']);
  }
}

// ---- Network --------------------------------------------------------------------------------

export interface SegmentedVnetProps extends AzureScope {
  readonly name: string;
  /** Default 10.60.0.0/16. */
  readonly addressSpace?: string;
  /** Workload subnets (NSG-protected). Default one `ephi` subnet 10.60.1.0/24. */
  readonly subnets?: Readonly<Record<string, string>>;
  /** Subnet delegated to PostgreSQL flexible server. Default 10.60.2.0/24; null for none. */
  readonly postgresSubnet?: string | null;
  /** Network Watcher of the region (Azure creates `NetworkWatcher_<location>` in `NetworkWatcherRG`). */
  readonly networkWatcher?: { readonly name: string; readonly resourceGroupName: string };
  readonly flowLogStorageAccountId: string;
  readonly workspace: LogAnalyticsWorkspace;
  readonly tags?: Tags;
}

/** VNet whose subnets all sit behind an NSG that denies inbound Internet traffic, with VNet flow logs and traffic analytics. */
export class SegmentedVnet extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['network-segmentation', 'disable-unused-ports', 'network-map', 'audit-logging'];
  readonly vnet: VirtualNetwork;
  readonly nsg: NetworkSecurityGroup;
  readonly subnets: Readonly<Record<string, Subnet>>;
  readonly postgresSubnet: Subnet | undefined;
  readonly flowLog: NetworkWatcherFlowLog;

  constructor(scope: Construct, id: string, props: SegmentedVnetProps) {
    super(scope, id);
    const space = props.addressSpace ?? '10.60.0.0/16';
    this.vnet = new VirtualNetwork(this, 'vnet', { name: props.name, location: props.location, resourceGroupName: props.resourceGroup.name, addressSpace: [space], tags: { ...props.tags } });
    this.nsg = new NetworkSecurityGroup(this, 'nsg', {
      name: `${props.name}-ephi`,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      securityRule: [
        { name: 'AllowVnetInbound', priority: 4000, direction: 'Inbound', access: 'Allow', protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'VirtualNetwork', destinationAddressPrefix: 'VirtualNetwork' },
        { name: 'DenyInternetInbound', priority: 4096, direction: 'Inbound', access: 'Deny', protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: 'Internet', destinationAddressPrefix: '*' },
      ],
      tags: { ...props.tags },
    });
    const subnets: Record<string, Subnet> = {};
    for (const [name, prefix] of Object.entries(props.subnets ?? { ephi: '10.60.1.0/24' })) {
      const subnet = new Subnet(this, `subnet-${name}`, { name, resourceGroupName: props.resourceGroup.name, virtualNetworkName: this.vnet.name, addressPrefixes: [prefix], defaultOutboundAccessEnabled: false, privateEndpointNetworkPolicies: 'Enabled' });
      new SubnetNetworkSecurityGroupAssociation(this, `subnet-${name}-nsg`, { subnetId: subnet.id, networkSecurityGroupId: this.nsg.id });
      subnets[name] = subnet;
    }
    this.subnets = subnets;
    const pg = props.postgresSubnet === undefined ? '10.60.2.0/24' : props.postgresSubnet;
    if (pg !== null) {
      this.postgresSubnet = new Subnet(this, 'subnet-postgres', {
        name: 'postgres',
        resourceGroupName: props.resourceGroup.name,
        virtualNetworkName: this.vnet.name,
        addressPrefixes: [pg],
        defaultOutboundAccessEnabled: false,
        delegation: [{ name: 'postgres-flexible', serviceDelegation: { name: 'Microsoft.DBforPostgreSQL/flexibleServers', actions: ['Microsoft.Network/virtualNetworks/subnets/join/action'] } }],
      });
      new SubnetNetworkSecurityGroupAssociation(this, 'subnet-postgres-nsg', { subnetId: this.postgresSubnet.id, networkSecurityGroupId: this.nsg.id });
    }
    const watcher = props.networkWatcher ?? { name: `NetworkWatcher_${props.location}`, resourceGroupName: 'NetworkWatcherRG' };
    this.flowLog = new NetworkWatcherFlowLog(this, 'flow-log', {
      name: `${props.name}-flow-log`,
      networkWatcherName: watcher.name,
      resourceGroupName: watcher.resourceGroupName,
      location: props.location,
      targetResourceId: this.vnet.id,
      storageAccountId: props.flowLogStorageAccountId,
      enabled: true,
      version: 2,
      retentionPolicy: { enabled: true, days: 365 },
      trafficAnalytics: { enabled: true, workspaceId: props.workspace.workspaceId, workspaceRegion: props.location, workspaceResourceId: props.workspace.id, intervalInMinutes: 10 },
      tags: { ...props.tags },
    });
  }
}

// ---- Backup, Defender, activity log ---------------------------------------------------------

export interface RecoveryVaultProps extends AzureScope {
  readonly name: string;
  /** `Unlocked` (can still be disabled) or `Locked` (irreversible). Default Locked. */
  readonly immutability?: 'Unlocked' | 'Locked';
  /**
   * Resource Guard for multi-user authorization: best one your security team owns in a separate
   * subscription or tenant. Default: a guard created next to the vault (MUA on, but the same administrators can change it).
   */
  readonly resourceGuardId?: string;
  readonly tags?: Tags;
}

/** Recovery Services vault: geo-redundant with cross-region restore, immutable, soft delete on, no public network access, behind a Resource Guard. */
export class EphiRecoveryVault extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['backup-procedures', 'backup-separation', 'system-restore-72h', 'integrity'];
  readonly vault: RecoveryServicesVault;
  readonly resourceGuard: RecoveryServicesVaultResourceGuardAssociation;

  constructor(scope: Construct, id: string, props: RecoveryVaultProps) {
    super(scope, id);
    this.vault = new RecoveryServicesVault(this, 'vault', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      sku: 'Standard',
      storageModeType: 'GeoRedundant',
      crossRegionRestoreEnabled: true,
      softDeleteEnabled: true,
      immutability: props.immutability ?? 'Locked',
      publicNetworkAccessEnabled: false,
      monitoring: { alertsForAllJobFailuresEnabled: true, alertsForCriticalOperationFailuresEnabled: true },
      tags: { ...props.tags },
    });
    const guard = props.resourceGuardId ?? new DataProtectionResourceGuard(this, 'resource-guard', { name: `${props.name}-guard`, location: props.location, resourceGroupName: props.resourceGroup.name, tags: { ...props.tags } }).id;
    this.resourceGuard = new RecoveryServicesVaultResourceGuardAssociation(this, 'resource-guard-association', { vaultId: this.vault.id, resourceGuardId: guard });
  }
}

export interface DefenderPlansProps {
  readonly subscriptionId: string;
  /** Plans to enable (Standard tier). Default servers (P2), SQL, open-source databases, storage (malware scanning), Key Vault, ARM. */
  readonly plans?: readonly { readonly resourceType: string; readonly subplan?: string; readonly extensions?: readonly string[] }[];
}

const DEFAULT_PLANS: NonNullable<DefenderPlansProps['plans']> = [
  { resourceType: 'VirtualMachines', subplan: 'P2' },
  { resourceType: 'SqlServers' },
  { resourceType: 'SqlServerVirtualMachines' },
  { resourceType: 'OpenSourceRelationalDatabases' },
  { resourceType: 'StorageAccounts', subplan: 'DefenderForStorageV2', extensions: ['OnUploadMalwareScanning', 'SensitiveDataDiscovery'] },
  { resourceType: 'KeyVaults' },
  { resourceType: 'Arm' },
];

/** Microsoft Defender for Cloud plans on the subscription. */
export class DefenderPlans extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['anti-malware', 'vulnerability-scanning', 'patch-management'];
  readonly pricings: SecurityCenterSubscriptionPricing[];
  /** Defender for Endpoint integration (WDATP): deploys MDE to the subscription's servers. */
  readonly endpointIntegration: SecurityCenterSetting;

  constructor(scope: Construct, id: string, props: DefenderPlansProps) {
    super(scope, id);
    this.pricings = (props.plans ?? DEFAULT_PLANS).map((p) => new SecurityCenterSubscriptionPricing(this, p.resourceType, {
      resourceType: p.resourceType,
      tier: 'Standard',
      ...(p.subplan ? { subplan: p.subplan } : {}),
      ...(p.extensions ? { extension: p.extensions.map((name) => ({ name })) } : {}),
    }));
    this.endpointIntegration = new SecurityCenterSetting(this, 'wdatp', { settingName: 'WDATP', enabled: true });
  }
}

/** The built-in HIPAA HITRUST regulatory compliance initiative (Azure Policy). */
export const HIPAA_HITRUST_INITIATIVE = '/providers/Microsoft.Authorization/policySetDefinitions/a169a624-5599-4385-a696-c8d643089fab';

export interface HipaaPolicyProps {
  readonly subscriptionId: string;
  /** Where the assignment's managed identity lives (Azure requires a location with an identity). */
  readonly location: string;
  /** Initiative to assign. Default the built-in HIPAA HITRUST initiative. */
  readonly policySetDefinitionId?: string;
}

/** Assigns a HIPAA initiative to the subscription: Azure Policy then audits every resource continuously, between scans. */
export class HipaaPolicy extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['configuration-management'];
  readonly assignment: SubscriptionPolicyAssignment;

  constructor(scope: Construct, id: string, props: HipaaPolicyProps) {
    super(scope, id);
    this.assignment = new SubscriptionPolicyAssignment(this, 'assignment', {
      name: 'hipaa-hitrust',
      displayName: 'HIPAA HITRUST (phiscan baseline)',
      subscriptionId: `/subscriptions/${props.subscriptionId}`,
      policyDefinitionId: props.policySetDefinitionId ?? HIPAA_HITRUST_INITIATIVE,
      enforce: true,
      // Initiatives with deployIfNotExists or modify policies refuse an assignment without a managed identity.
      identity: { type: 'SystemAssigned' },
      location: props.location,
    });
  }
}

// ---- PostgreSQL -----------------------------------------------------------------------------

/**
 * Azure region pairs (learn.microsoft.com/azure/reliability/cross-region-replication-azure): geo-redundant
 * backups of a flexible server go to the pair, so its customer-managed geo-backup key must live there.
 */
export const AZURE_REGION_PAIRS: Readonly<Record<string, string>> = {
  australiaeast: 'australiasoutheast', australiasoutheast: 'australiaeast', brazilsouth: 'southcentralus', canadacentral: 'canadaeast', canadaeast: 'canadacentral',
  centralindia: 'southindia', centralus: 'eastus2', eastasia: 'southeastasia', eastus: 'westus', eastus2: 'centralus', francecentral: 'francesouth',
  germanywestcentral: 'germanynorth', japaneast: 'japanwest', japanwest: 'japaneast', koreacentral: 'koreasouth', northcentralus: 'southcentralus',
  northeurope: 'westeurope', norwayeast: 'norwaywest', southafricanorth: 'southafricawest', southcentralus: 'northcentralus', southeastasia: 'eastasia',
  southindia: 'centralindia', swedencentral: 'swedensouth', switzerlandnorth: 'switzerlandwest', uaenorth: 'uaecentral', uksouth: 'ukwest', ukwest: 'uksouth',
  westcentralus: 'westus2', westeurope: 'northeurope', westus: 'eastus', westus2: 'westcentralus', westus3: 'eastus',
};


export interface EphiPostgresProps extends AzureScope {
  readonly name: string;
  readonly vnet: SegmentedVnet;
  readonly tenantId: string;
  readonly workspace: LogAnalyticsWorkspace;
  /** Default 16. */
  readonly version?: string;
  readonly skuName?: string;
  /** Default 35 (the maximum). */
  readonly backupRetentionDays?: number;
  readonly storageMb?: number;
  /** Key for the data (in a vault of the server's region). */
  readonly key: { readonly keyVault: EphiKeyVault; readonly keyName: string };
  /** Key for the geo-redundant backups, in a vault of the paired region (`geoBackupLocation`). */
  readonly geoBackupKey: { readonly keyVault: EphiKeyVault; readonly keyName: string; readonly location: string };
  readonly tags?: Tags;
}

/** PostgreSQL flexible server on a delegated subnet (no public access), customer-managed keys for data and geo backups, Entra ID auth only, TLS 1.2+ enforced, zone-redundant HA, geo-redundant 35-day backups. */
export class EphiPostgres extends Construct {
  /** NPRM requirements this construct addresses (docs/baselines.md lists the same). */
  static readonly requirements: readonly RequirementId[] = ['encryption-at-rest', 'encryption-in-transit', 'backup-separation', 'system-restore-72h', 'access-control-least-privilege', 'network-segmentation'];
  readonly server: PostgresqlFlexibleServer;
  readonly tlsSettings: PostgresqlFlexibleServerConfiguration[];
  readonly dataKey: CmkGrant;
  readonly geoBackupKey: CmkGrant;

  constructor(scope: Construct, id: string, props: EphiPostgresProps) {
    super(scope, id);
    const subnet = props.vnet.postgresSubnet;
    if (!subnet) throw new Error(`EphiPostgres ${id}: the VNet has no PostgreSQL subnet`);
    const zone = new PrivateDnsZone(this, 'dns', { name: `${props.name}.private.postgres.database.azure.com`, resourceGroupName: props.resourceGroup.name, tags: { ...props.tags } });
    const link = new PrivateDnsZoneVirtualNetworkLink(this, 'dns-link', { name: `${props.name}-vnet`, privateDnsZoneName: zone.name, resourceGroupName: props.resourceGroup.name, virtualNetworkId: props.vnet.vnet.id, registrationEnabled: false });
    this.dataKey = cmkGrant(this, 'cmk', { ...props, name: `${props.name}-cmk`, keyVault: props.key.keyVault, keyName: props.key.keyName });
    this.geoBackupKey = cmkGrant(this, 'geo-cmk', { ...props, location: props.geoBackupKey.location, name: `${props.name}-geo-cmk`, keyVault: props.geoBackupKey.keyVault, keyName: props.geoBackupKey.keyName });
    this.server = new PostgresqlFlexibleServer(this, 'server', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      version: props.version ?? '16',
      skuName: props.skuName ?? 'GP_Standard_D2ds_v5',
      storageMb: props.storageMb ?? 65536,
      delegatedSubnetId: subnet.id,
      privateDnsZoneId: zone.id,
      publicNetworkAccessEnabled: false,
      backupRetentionDays: props.backupRetentionDays ?? 35,
      geoRedundantBackupEnabled: true,
      highAvailability: { mode: 'ZoneRedundant' },
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: props.tenantId },
      identity: { type: 'UserAssigned', identityIds: [this.dataKey.identity.id, this.geoBackupKey.identity.id] },
      customerManagedKey: {
        keyVaultKeyId: this.dataKey.key.versionlessId,
        primaryUserAssignedIdentityId: this.dataKey.identity.id,
        geoBackupKeyVaultKeyId: this.geoBackupKey.key.versionlessId,
        geoBackupUserAssignedIdentityId: this.geoBackupKey.identity.id,
      },
      tags: ephiTags(props.tags),
      dependsOn: [link, this.dataKey.grant, this.geoBackupKey.grant],
    });
    this.tlsSettings = [
      ['require_secure_transport', 'on'],
      ['ssl_min_protocol_version', 'TLSv1.2'],
      ['log_connections', 'on'],
      ['log_disconnections', 'on'],
    ].map(([name, value]) => new PostgresqlFlexibleServerConfiguration(this, `config-${name ?? ''}`, { serverId: this.server.id, name: name ?? '', value: value ?? '' }));
    diagnostics(this, 'diagnostics', this.server.id, props.workspace, ['audit', 'allLogs']);
  }
}

// ---- The whole baseline ----------------------------------------------------------------------

export interface AzureHipaaBaselineProps {
  readonly subscriptionId: string;
  readonly tenantId: string;
  readonly location: string;
  /** Lower-case letters and digits, 3-11 characters: storage account and vault names derive from it. */
  readonly namePrefix: string;
  readonly resourceGroupName?: string;
  readonly keyAdminObjectIds?: readonly string[];
  readonly keyVaultAllowedIps?: readonly string[];
  readonly vnetAddressSpace?: string;
  readonly subnets?: SegmentedVnetProps['subnets'];
  readonly postgresSubnet?: string;
  readonly networkWatcher?: SegmentedVnetProps['networkWatcher'];
  readonly defenderPlans?: DefenderPlansProps['plans'];
  readonly recoveryVaultImmutability?: 'Unlocked' | 'Locked';
  /** Resource Guard (in your security subscription) for the vault's multi-user authorization. Default: one created next to the vault. */
  readonly recoveryVaultResourceGuardId?: string;
  /** Create the PostgreSQL flexible server. Default true. */
  readonly postgres?: boolean;
  /** The pair of `location`, where geo-redundant backups and their key vault go. Default from `AZURE_REGION_PAIRS`. */
  readonly pairedLocation?: string;
  /** Initiative assigned to the subscription. Default the built-in HIPAA HITRUST initiative; false to assign none. */
  readonly policySetDefinitionId?: string | false;
  readonly tags?: Tags;
}

/** Every Azure baseline construct, wired together. */
export class AzureHipaaBaseline extends Construct {
  readonly resourceGroup: ResourceGroup;
  readonly workspace: LogWorkspace;
  readonly keyVault: EphiKeyVault;
  readonly storage: EphiStorageAccount;
  readonly logStorage: EphiStorageAccount;
  readonly network: SegmentedVnet;
  readonly recoveryVault: EphiRecoveryVault;
  readonly defender: DefenderPlans;
  readonly activityLog: MonitorDiagnosticSetting;
  readonly policy: HipaaPolicy | undefined;
  /** Key Vault in the paired region for the geo-redundant backup key (with the PostgreSQL server only). */
  readonly geoKeyVault: EphiKeyVault | undefined;
  readonly postgres: EphiPostgres | undefined;

  constructor(scope: Construct, id: string, props: AzureHipaaBaselineProps) {
    super(scope, id);
    // Storage account names are 3-24 lower-case letters and digits; `${p}ephidata` must fit.
    if (!/^[a-z0-9]{3,11}$/.test(props.namePrefix)) throw new Error(`AzureHipaaBaseline ${id}: namePrefix must be 3-11 lower-case letters or digits (got "${props.namePrefix}")`);
    const paired = props.pairedLocation ?? AZURE_REGION_PAIRS[props.location];
    if (props.postgres !== false && !paired) throw new Error(`AzureHipaaBaseline ${id}: no known region pair for "${props.location}"; set pairedLocation (geo-redundant backups and their key go there)`);
    const tags = { ...props.tags };
    const p = props.namePrefix;
    this.resourceGroup = new ResourceGroup(this, 'rg', { name: props.resourceGroupName ?? `${p}-ephi-rg`, location: props.location, tags });
    const scopeProps: AzureScope = { resourceGroup: this.resourceGroup, location: props.location };
    this.workspace = new LogWorkspace(this, 'logs', { ...scopeProps, name: `${p}-ephi-logs`, tags });
    const ws = this.workspace.workspace;
    this.keyVault = new EphiKeyVault(this, 'key-vault', {
      ...scopeProps,
      name: `${p}-ephi-kv`,
      tenantId: props.tenantId,
      keyNames: props.postgres === false ? ['ephi-storage'] : ['ephi-storage', 'ephi-postgres'],
      workspace: ws,
      ...(props.keyAdminObjectIds ? { keyAdminObjectIds: props.keyAdminObjectIds } : {}),
      ...(props.keyVaultAllowedIps ? { allowedIps: props.keyVaultAllowedIps } : {}),
      tags,
    });
    this.storage = new EphiStorageAccount(this, 'storage', { ...scopeProps, name: `${p}ephidata`, keyVault: this.keyVault, workspace: ws, tags });
    // Flow logs and other platform logs: same protections, not tagged as ePHI.
    this.logStorage = new EphiStorageAccount(this, 'log-storage', { ...scopeProps, name: `${p}ephilogs`, keyVault: this.keyVault, workspace: ws, ephi: false, publicNetworkAccess: 'SelectedNetworks', tags: { ...tags, 'data-classification': 'audit-log' } });
    this.network = new SegmentedVnet(this, 'network', {
      ...scopeProps,
      name: `${p}-ephi-vnet`,
      flowLogStorageAccountId: this.logStorage.account.id,
      workspace: ws,
      ...(props.vnetAddressSpace ? { addressSpace: props.vnetAddressSpace } : {}),
      ...(props.subnets ? { subnets: props.subnets } : {}),
      ...(props.postgresSubnet ? { postgresSubnet: props.postgresSubnet } : props.postgres === false ? { postgresSubnet: null } : {}),
      ...(props.networkWatcher ? { networkWatcher: props.networkWatcher } : {}),
      tags,
    });
    this.recoveryVault = new EphiRecoveryVault(this, 'recovery-vault', { ...scopeProps, name: `${p}-ephi-rsv`, ...(props.recoveryVaultImmutability ? { immutability: props.recoveryVaultImmutability } : {}), ...(props.recoveryVaultResourceGuardId ? { resourceGuardId: props.recoveryVaultResourceGuardId } : {}), tags });
    diagnostics(this, 'recovery-vault-diagnostics', this.recoveryVault.vault.id, ws, ['allLogs']);
    this.defender = new DefenderPlans(this, 'defender', { subscriptionId: props.subscriptionId, ...(props.defenderPlans ? { plans: props.defenderPlans } : {}) });
    // Subscription activity log (administrative, security, policy, ...) exported to the workspace.
    this.activityLog = new MonitorDiagnosticSetting(this, 'activity-log', {
      name: 'phiscan-baseline-activity-log',
      targetResourceId: `/subscriptions/${props.subscriptionId}`,
      logAnalyticsWorkspaceId: ws.id,
      enabledLog: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'].map((category) => ({ category })),
    });
    this.policy = props.policySetDefinitionId === false ? undefined : new HipaaPolicy(this, 'policy', { subscriptionId: props.subscriptionId, location: props.location, ...(props.policySetDefinitionId ? { policySetDefinitionId: props.policySetDefinitionId } : {}) });
    if (props.postgres === false || !paired) {
      this.geoKeyVault = undefined;
      this.postgres = undefined;
    } else {
      this.geoKeyVault = new EphiKeyVault(this, 'geo-key-vault', {
        resourceGroup: this.resourceGroup,
        location: paired,
        name: `${p}-ephi-kv-geo`,
        tenantId: props.tenantId,
        keyNames: ['ephi-postgres-geo'],
        workspace: ws,
        ...(props.keyAdminObjectIds ? { keyAdminObjectIds: props.keyAdminObjectIds } : {}),
        ...(props.keyVaultAllowedIps ? { allowedIps: props.keyVaultAllowedIps } : {}),
        tags,
      });
      this.postgres = new EphiPostgres(this, 'postgres', {
        ...scopeProps,
        name: `${p}-ephi-pg`,
        vnet: this.network,
        tenantId: props.tenantId,
        workspace: ws,
        key: { keyVault: this.keyVault, keyName: 'ephi-postgres' },
        geoBackupKey: { keyVault: this.geoKeyVault, keyName: 'ephi-postgres-geo', location: paired },
        tags,
      });
    }
  }
}

/** A stack with the azurerm provider and the whole baseline, ready to synthesize. */
export class AzureBaselineStack extends TerraformStack {
  readonly baseline: AzureHipaaBaseline;

  constructor(scope: Construct, id: string, props: AzureHipaaBaselineProps) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', {
      features: [{ keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }] }],
      subscriptionId: props.subscriptionId,
      tenantId: props.tenantId,
      storageUseAzuread: true,
    });
    this.baseline = new AzureHipaaBaseline(this, 'baseline', props);
    new TerraformOutput(this, 'storage_account_id', { value: this.baseline.storage.account.id });
    new TerraformOutput(this, 'key_vault_uri', { value: this.baseline.keyVault.vault.vaultUri });
  }
}
