import type { Resource, ResourceType } from '../../../src/model/resource.js';
import type {
  ActivityLogAlert, RoleAssignment, RoleAssignmentScheduleInstance,
  ApplicationGatewayConfig, BackupVaultConfig, CosmosDbAccountConfig, DiagnosticSetting, DiskConfig, EntraTenantConfig, FlexibleServerConfig, KeyVaultConfig,
  KeyVaultKeyConfig, KeyVaultSecretConfig, NetworkSecurityGroupConfig, NsgSecurityRule, RecoveryServicesVaultConfig, RedisCacheConfig, SqlDatabaseConfig, SqlServerConfig,
  StorageAccountConfig, SubnetConfig, SubscriptionConfig, VirtualMachineConfig, VirtualNetworkConfig, WebSiteConfig,
} from '../../../src/model/types/azure/index.js';
import { makeResource } from '../../helpers/check-tester.js';

/** Complete, compliant-leaning Azure configs for check tests; each test overrides what it exercises. */

export const PHI = { phi: 'true' };
export const SUB = '00000000-0000-0000-0000-000000000001';
export const TENANT = '11111111-1111-1111-1111-111111111111';
export const RG = `/subscriptions/${SUB}/resourceGroups/phi-rg`;
export const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/phi-vnet`;
export const SUBNET = `${VNET}/subnets/app`;
export const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/app-nsg`;
export const WORKSPACE = `${RG}/providers/Microsoft.OperationalInsights/workspaces/audit`;
export const DES = `${RG}/providers/Microsoft.Compute/diskEncryptionSets/phi-des`;
/** A Resource Guard in a separate security subscription. */
export const RESOURCE_GUARD = '/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/guard-rg/providers/Microsoft.DataProtection/resourceGuards/phi-guard';

type Over<T extends ResourceType> = Partial<Omit<Resource<T>, 'type' | 'config'>>;
const az = <T extends ResourceType>(type: T, config: Resource<T>['config'], id: string, over: Over<T>) =>
  makeResource(type, config, { id, name: id.slice(id.lastIndexOf('/') + 1), account: SUB, region: 'eastus', ...over });

export const diag = (logs: DiagnosticSetting['logs'], over: Partial<DiagnosticSetting> = {}): DiagnosticSetting => ({
  name: 'to-law', workspaceId: WORKSPACE, storageAccountId: null, eventHubAuthorizationRuleId: null, marketplacePartnerId: null, logs, ...over,
});
export const logCat = (category: string, enabled = true) => ({ category, categoryGroup: null, enabled });
export const logGroup = (categoryGroup: string, enabled = true) => ({ category: null, categoryGroup, enabled });

export const storageAccount = (c: Partial<StorageAccountConfig> = {}, over: Over<'azure.storage.account'> = {}) =>
  az('azure.storage.account', {
    kind: 'StorageV2', skuName: 'Standard_GRS', supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false, allowSharedKeyAccess: false,
    publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [SUBNET] },
    encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyVaultUri: 'https://phi-kv.vault.azure.net/', keyName: 'storage', keyVersion: null } },
    privateEndpointConnectionIds: [], blobService: { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true, days: 14 }, isVersioningEnabled: true },
    blobDiagnosticSettings: [diag([logGroup('audit')])], ...c,
  }, `${RG}/providers/Microsoft.Storage/storageAccounts/phistore`, over);

export const disk = (c: Partial<DiskConfig> = {}, over: Over<'azure.compute.disk'> = {}) =>
  az('azure.compute.disk', {
    encryptionType: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: DES, adeEnabled: null, networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Disabled',
    dataAccessAuthMode: 'AzureActiveDirectory', diskState: 'Attached', managedBy: `${RG}/providers/Microsoft.Compute/virtualMachines/vm1`, ...c,
  }, `${RG}/providers/Microsoft.Compute/disks/vm1-os`, over);

export const snapshot = (c: Partial<DiskConfig> = {}, over: Over<'azure.compute.snapshot'> = {}) =>
  az('azure.compute.snapshot', {
    encryptionType: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: DES, adeEnabled: null, networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Disabled',
    dataAccessAuthMode: 'AzureActiveDirectory', diskState: null, managedBy: null, ...c,
  }, `${RG}/providers/Microsoft.Compute/snapshots/vm1-os-snap`, over);

export const vm = (c: Partial<VirtualMachineConfig> = {}, over: Over<'azure.compute.virtual-machine'> = {}) =>
  az('azure.compute.virtual-machine', {
    osType: 'Linux', diskIds: [`${RG}/providers/Microsoft.Compute/disks/vm1-os`], encryptionAtHost: true,
    networkInterfaces: [{ id: `${RG}/providers/Microsoft.Network/networkInterfaces/vm1-nic`, subnetIds: [SUBNET], publicIpAddressIds: [], networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: ['10.0.1.4'] }],
    powerState: 'running', extensionTypes: ['MDE.Linux'], backupProtected: true,
    patchSettings: { assessmentMode: 'AutomaticByPlatform', patchMode: 'AutomaticByPlatform' },
    patchAssessment: { status: 'Succeeded', lastModifiedDateTime: '2026-10-31T06:00:00Z', missingPatches: [] }, ...c,
  }, `${RG}/providers/Microsoft.Compute/virtualMachines/vm1`, over);

export const rule = (r: Partial<NsgSecurityRule> = {}): NsgSecurityRule => ({
  name: 'allow-ssh', direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, sourceAddressPrefixes: ['10.0.0.0/8'], sourceApplicationSecurityGroupIds: [],
  sourcePortRanges: ['*'], destinationAddressPrefixes: ['*'], destinationApplicationSecurityGroupIds: [], destinationPortRanges: ['22'], ...r,
});

export const nsg = (c: Partial<NetworkSecurityGroupConfig> = {}, over: Over<'azure.network.security-group'> = {}) =>
  az('azure.network.security-group', { securityRules: [rule()], subnetIds: [SUBNET], networkInterfaceIds: [], flowLogs: [], ...c }, NSG, over);

export const vnet = (c: Partial<VirtualNetworkConfig> = {}, over: Over<'azure.network.virtual-network'> = {}) =>
  az('azure.network.virtual-network', {
    addressPrefixes: ['10.0.0.0/16'], peeredVnetIds: [], peerings: [],
    flowLogs: [{ id: `/subscriptions/${SUB}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_eastus/flowLogs/phi-vnet`, enabled: true, retentionDays: 90, trafficAnalyticsEnabled: true, targetResourceId: VNET }],
    ...c,
  }, VNET, over);

export const subnet = (c: Partial<SubnetConfig> = {}, over: Over<'azure.network.subnet'> = {}) =>
  az('azure.network.subnet', { addressPrefixes: ['10.0.1.0/24'], networkSecurityGroupId: NSG, delegations: [], privateEndpointNetworkPolicies: 'Enabled', virtualNetworkId: VNET, ...c }, SUBNET, over);

export const appGateway = (c: Partial<ApplicationGatewayConfig> = {}, over: Over<'azure.network.application-gateway'> = {}) =>
  az('azure.network.application-gateway', {
    sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101', minProtocolVersion: null, disabledSslProtocols: [] },
    httpListeners: [{ name: 'https', protocol: 'Https' }], wafEnabled: true, subnetIds: [`${VNET}/subnets/agw`], publicIpAddressIds: [`${RG}/providers/Microsoft.Network/publicIPAddresses/agw-pip`], ...c,
  }, `${RG}/providers/Microsoft.Network/applicationGateways/phi-agw`, over);

export const webSite = (c: Partial<WebSiteConfig> = {}, over: Over<'azure.web.site'> = {}) =>
  az('azure.web.site', {
    kind: 'app,linux', httpsOnly: true, minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'Disabled', clientCertEnabled: false, publicNetworkAccess: 'Enabled', virtualNetworkSubnetId: null, ...c,
  }, `${RG}/providers/Microsoft.Web/sites/phi-portal`, over);

export const SQL_SERVER_ID = `${RG}/providers/Microsoft.Sql/servers/phi-sql`;
export const sqlServer = (c: Partial<SqlServerConfig> = {}, over: Over<'azure.sql.server'> = {}) =>
  az('azure.sql.server', {
    minimalTlsVersion: '1.2', publicNetworkAccess: 'Disabled', firewallRules: [], encryptionProtectorKeyType: 'AzureKeyVault',
    auditing: { state: 'Enabled', retentionDays: 0, isAzureMonitorTargetEnabled: true, storageEndpoint: 'https://phiaudit.blob.core.windows.net/' }, securityAlertPolicyState: 'Enabled', vulnerabilityAssessmentEnabled: true,
    azureADOnlyAuthentication: true, privateEndpointConnectionIds: [], ...c,
  }, SQL_SERVER_ID, over);

export const sqlDatabase = (c: Partial<SqlDatabaseConfig> = {}, over: Over<'azure.sql.database'> = {}) =>
  az('azure.sql.database', {
    serverId: SQL_SERVER_ID, transparentDataEncryptionState: 'Enabled', backupStorageRedundancy: 'Geo', shortTermRetentionDays: 7,
    longTermRetention: { weeklyRetention: 'P4W', monthlyRetention: 'P12M', yearlyRetention: 'P7Y' }, skuTier: 'GeneralPurpose', ...c,
  }, `${SQL_SERVER_ID}/databases/records`, over);

const flex = (c: Partial<FlexibleServerConfig>, parameters: Readonly<Record<string, string>>): FlexibleServerConfig => ({
  version: '16', dataEncryptionType: 'AzureKeyVault', publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: `${VNET}/subnets/db`, firewallRules: [],
  geoRedundantBackup: 'Enabled', backupRetentionDays: 14, parameters, ...c,
});
export const postgres = (c: Partial<FlexibleServerConfig> = {}, over: Over<'azure.postgresql.flexible-server'> = {}) =>
  az('azure.postgresql.flexible-server', flex(c, { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.2' }), `${RG}/providers/Microsoft.DBforPostgreSQL/flexibleServers/phi-pg`, over);
export const mysql = (c: Partial<FlexibleServerConfig> = {}, over: Over<'azure.mysql.flexible-server'> = {}) =>
  az('azure.mysql.flexible-server', flex({ version: '8.0.21', ...c }, { require_secure_transport: 'ON', tls_version: 'TLSv1.2,TLSv1.3' }), `${RG}/providers/Microsoft.DBforMySQL/flexibleServers/phi-mysql`, over);

export const cosmos = (c: Partial<CosmosDbAccountConfig> = {}, over: Over<'azure.cosmosdb.account'> = {}) =>
  az('azure.cosmosdb.account', {
    keyVaultKeyUri: 'https://phi-kv.vault.azure.net/keys/cosmos', publicNetworkAccess: 'Disabled', isVirtualNetworkFilterEnabled: true, ipRules: [], minimalTlsVersion: 'Tls12',
    backupPolicy: { type: 'Periodic', backupStorageRedundancy: 'Geo' }, disableLocalAuth: true, diagnosticSettings: [diag([logGroup('audit')])], ...c,
  }, `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/phi-cosmos`, over);

export const KV_ID = `${RG}/providers/Microsoft.KeyVault/vaults/phi-kv`;
export const keyVault = (c: Partial<KeyVaultConfig> = {}, over: Over<'azure.keyvault.vault'> = {}) =>
  az('azure.keyvault.vault', {
    enableSoftDelete: true, softDeleteRetentionInDays: 90, enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: 'Disabled',
    networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] }, privateEndpointConnectionIds: [], diagnosticSettings: [diag([logCat('AuditEvent')])], ...c,
  }, KV_ID, over);

export const keyVaultKey = (c: Partial<KeyVaultKeyConfig> = {}, over: Over<'azure.keyvault.key'> = {}) =>
  az('azure.keyvault.key', {
    vaultId: KV_ID, kty: 'RSA-HSM', enabled: true, expires: '2027-06-01T00:00:00Z',
    rotationPolicy: { expiryTime: 'P2Y', lifetimeActions: [{ action: 'Rotate', timeAfterCreate: 'P1Y', timeBeforeExpiry: null }, { action: 'Notify', timeAfterCreate: null, timeBeforeExpiry: 'P30D' }] }, ...c,
  }, `${KV_ID}/keys/storage`, over);

export const keyVaultSecret = (c: Partial<KeyVaultSecretConfig> = {}, over: Over<'azure.keyvault.secret'> = {}) =>
  az('azure.keyvault.secret', { vaultId: KV_ID, enabled: true, expires: '2027-06-01T00:00:00.000Z', ...c }, `${KV_ID}/secrets/db-password`, over);

export const redis = (c: Partial<RedisCacheConfig> = {}, over: Over<'azure.redis.cache'> = {}) =>
  az('azure.redis.cache', { enableNonSslPort: false, minimumTlsVersion: '1.2', publicNetworkAccess: 'Disabled', subnetId: null, ...c }, `${RG}/providers/Microsoft.Cache/redis/phi-cache`, over);

export const rsVault = (c: Partial<RecoveryServicesVaultConfig> = {}, over: Over<'azure.recoveryservices.vault'> = {}) =>
  az('azure.recoveryservices.vault', {
    softDeleteState: 'AlwaysON', softDeleteRetentionPeriodInDays: 14, immutabilityState: 'Locked', standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled',
    publicNetworkAccess: 'Disabled', protectedItemSourceIds: [`${RG}/providers/Microsoft.Compute/virtualMachines/vm1`],
    backupPolicies: [{ name: 'daily-phi', backupManagementType: 'AzureIaasVM', protectedItemsCount: 1, scheduleRunFrequency: 'Daily', maxBackupIntervalHours: 24, retentionDays: 35 }],
    resourceGuardIds: [RESOURCE_GUARD], replicatedItems: [], ...c,
  }, `${RG}/providers/Microsoft.RecoveryServices/vaults/phi-rsv`, over);

export const backupVault = (c: Partial<BackupVaultConfig> = {}, over: Over<'azure.dataprotection.backup-vault'> = {}) =>
  az('azure.dataprotection.backup-vault', {
    softDeleteState: 'AlwaysOn', softDeleteRetentionDurationInDays: 14, immutabilityState: 'Locked', storageSettings: [{ datastoreType: 'VaultStore', type: 'GeoRedundant' }], crossRegionRestoreState: 'Enabled',
    resourceGuardIds: [RESOURCE_GUARD], ...c,
  }, `${RG}/providers/Microsoft.DataProtection/backupVaults/phi-bv`, over);

export const ACTION_GROUP = `${RG}/providers/Microsoft.Insights/actionGroups/secops`;
export const OWNER_ROLE = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`;
export const CONTRIBUTOR_ROLE = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`;
export const READER_ROLE = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
/** The write and delete operations the five activity log alert checks look for. */
export const ALERTED_OPERATIONS = [
  'Microsoft.Authorization/policyAssignments/write', 'Microsoft.Authorization/policyAssignments/delete',
  'Microsoft.Network/networkSecurityGroups/write', 'Microsoft.Network/networkSecurityGroups/delete',
  'Microsoft.Network/networkSecurityGroups/securityRules/write', 'Microsoft.Network/networkSecurityGroups/securityRules/delete',
  'Microsoft.Sql/servers/firewallRules/write', 'Microsoft.Sql/servers/firewallRules/delete',
  'Microsoft.Security/securitySolutions/write', 'Microsoft.Security/securitySolutions/delete',
];
type Leaf = { field: string; equals?: string; containsAny?: readonly string[] };
const leaf = (l: Leaf) => ({ field: l.field, equals: l.equals ?? null, containsAny: l.containsAny ?? [] });
export const activityAlert = (allOf: readonly (Leaf & { anyOf?: readonly Leaf[] })[], over: Partial<ActivityLogAlert> = {}): ActivityLogAlert => ({
  id: `${RG}/providers/Microsoft.Insights/activityLogAlerts/${over.name ?? 'alert'}`, name: 'alert', enabled: true, scopes: [`/subscriptions/${SUB}`],
  allOf: allOf.map((c) => ({ ...leaf(c), anyOf: (c.anyOf ?? []).map(leaf) })), actionGroupIds: [ACTION_GROUP], ...over,
});
export const roleAssignment = (principalId: string, roleDefinitionId: string, principalType: string | null, scope = `/subscriptions/${SUB}`): RoleAssignment => ({
  id: `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${principalId}-${roleDefinitionId.slice(-4)}`, principalId, principalType, roleDefinitionId, scope,
});
export const scheduleInstance = (principalId: string, roleDefinitionId: string, assignmentType: string, endDateTime: string | null, over: Partial<RoleAssignmentScheduleInstance> = {}): RoleAssignmentScheduleInstance => ({
  id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances/${principalId}-${roleDefinitionId.slice(-4)}`, principalId, principalType: 'User', roleDefinitionId,
  scope: `/subscriptions/${SUB}`, assignmentType, memberType: 'Direct', endDateTime, ...over,
});

export const subscription = (c: Partial<SubscriptionConfig> = {}, over: Over<'azure.resources.subscription'> = {}) =>
  az('azure.resources.subscription', {
    displayName: 'phi-prod', state: 'Enabled', tenantId: TENANT,
    defenderPlans: [
      { name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P2', extensions: [{ name: 'AgentlessVmScanning', isEnabled: true }, { name: 'MdeDesignatedSubscription', isEnabled: false }] },
      { name: 'StorageAccounts', pricingTier: 'Standard', subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: true }, { name: 'SensitiveDataDiscovery', isEnabled: true }] },
      { name: 'SqlServers', pricingTier: 'Standard', subPlan: null, extensions: [] },
      { name: 'KeyVaults', pricingTier: 'Standard', subPlan: 'PerKeyVault', extensions: [] },
    ],
    activityLogDiagnosticSettings: [diag([logCat('Administrative'), logCat('Security'), logCat('Policy'), logCat('ServiceHealth'), logCat('Alert')], { name: 'activity-to-law' })],
    policyAssignments: [{
      id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/policyAssignments/hipaa`, name: 'hipaa', displayName: 'HIPAA HITRUST 9.2',
      policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/a169a624-5599-4385-a696-c8d643089fab', enforcementMode: 'Default', scope: `/subscriptions/${SUB}`,
    }],
    activityLogAlerts: ALERTED_OPERATIONS.map((op) => activityAlert([{ field: 'category', equals: op.startsWith('Microsoft.Security/') ? 'Security' : 'Administrative' }, { field: 'operationName', equals: op }], { name: op.replace(/\W+/g, '-') })),
    roleAssignments: [roleAssignment('owner-a', OWNER_ROLE, 'User'), roleAssignment('owner-b', OWNER_ROLE, 'User')],
    customRoleDefinitions: [],
    roleAssignmentScheduleInstances: [scheduleInstance('owner-a', OWNER_ROLE, 'Activated', '2026-11-01T08:00:00Z'), scheduleInstance('owner-b', OWNER_ROLE, 'Activated', '2026-11-01T04:00:00Z')],
    securitySettings: [{ name: 'MCAS', enabled: true }, { name: 'WDATP', enabled: true }],
    ...c,
  }, `/subscriptions/${SUB}`, { name: 'phi-prod', region: undefined, ...over });

export const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
type CaPolicy = NonNullable<EntraTenantConfig['conditionalAccessPolicies']>[number];
type Conditions = CaPolicy['conditions'];
export const caPolicy = (p: { users?: Partial<Conditions['users']>; apps?: readonly string[]; state?: CaPolicy['state']; controls?: readonly string[]; strength?: string | null; requirementsSatisfied?: string | null; operator?: 'AND' | 'OR'; name?: string; conditions?: Partial<Omit<Conditions, 'users'>> } = {}): CaPolicy => ({
  id: p.name ?? 'mfa-all', displayName: p.name ?? 'Require MFA for all users', state: p.state ?? 'enabled',
  conditions: {
    users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], includeGuestsOrExternalUsers: null, excludeGuestsOrExternalUsers: null, ...p.users },
    applications: { includeApplications: p.apps ?? ['All'], excludeApplications: [], includeUserActions: [], includeAuthenticationContextClassReferences: [], applicationFilter: null },
    clientAppTypes: ['all'], clientApplications: null, locations: null, platforms: null, deviceFilter: null,
    userRiskLevels: [], signInRiskLevels: [], servicePrincipalRiskLevels: [], insiderRiskLevels: [], authenticationFlows: [],
    ...p.conditions,
  },
  grantControls: {
    operator: p.operator ?? 'OR', builtInControls: p.controls ?? ['mfa'],
    authenticationStrength: p.strength ? { id: p.strength, requirementsSatisfied: p.requirementsSatisfied === undefined ? 'mfa' : p.requirementsSatisfied } : null,
  },
});

export const tenant = (c: Partial<EntraTenantConfig> = {}, over: Over<'azure.entra.tenant'> = {}) =>
  az('azure.entra.tenant', { securityDefaultsEnabled: false, conditionalAccessPolicies: [caPolicy()], globalAdministrators: [{ id: 'admin-1', type: 'user' }, { id: 'admin-2', type: 'user' }], ...c }, `/tenants/${TENANT}`, { name: 'contoso-health', region: undefined, account: undefined, ...over });
