import type { AzureWorld, WorldResource } from '../../../src/simulator/azure/world.js';

export const TENANT = '11111111-1111-4111-8111-111111111111';
export const SUB_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const SUB_B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const SUB_OTHER = 'cccccccc-0000-4000-8000-000000000003';

export const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
const roleAssignment = (sub: string, name: string, role: string, principalId: string, principalType: string, scope: string) => ({
  id: `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${name}`, name, type: 'Microsoft.Authorization/roleAssignments',
  properties: { roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${role}`, principalId, principalType, scope, condition: null, conditionVersion: null, createdOn: '2025-01-01T00:00:00Z' },
});
const rg = (sub: string, group: string) => `/subscriptions/${sub}/resourceGroups/${group}`;
const A = rg(SUB_A, 'phi-rg');
const diag = (name: string, category: string) => ({ value: [{ id: `x/diagnosticSettings/${name}`, name, properties: { workspaceId: '/subscriptions/x/resourceGroups/law/providers/Microsoft.OperationalInsights/workspaces/law', logs: [{ category, enabled: true }] } }] });

const subAResources: WorldResource[] = [
  {
    type: 'Microsoft.Storage/storageAccounts', name: 'phirecords', resourceGroup: 'phi-rg', location: 'eastus', kind: 'StorageV2', sku: { name: 'Standard_GRS', tier: 'Standard' }, tags: { phi: 'true' },
    properties: {
      supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false, publicNetworkAccess: 'Disabled',
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [{ value: '203.0.113.0/24', action: 'Allow' }], virtualNetworkRules: [] },
      encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyvaultproperties: { keyvaulturi: 'https://kv1.vault.azure.net/', keyname: 'cmk' } },
    },
    children: {
      'blobServices/default': { id: 'x', name: 'default', properties: { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 }, isVersioningEnabled: true } },
      'blobServices/default/providers/Microsoft.Insights/diagnosticSettings': diag('blob-logs', 'StorageWrite'),
    },
  },
  {
    type: 'Microsoft.Storage/storageAccounts', name: 'legacyshare', resourceGroup: 'phi-rg', location: 'eastus', kind: 'StorageV2', sku: { name: 'Standard_LRS' },
    properties: { supportsHttpsTrafficOnly: false, minimumTlsVersion: 'TLS1_0', networkAcls: { defaultAction: 'Allow' }, encryption: { keySource: 'Microsoft.Storage' } },
    children: { 'blobServices/default': { id: 'x', name: 'default', properties: { deleteRetentionPolicy: { enabled: false } } } },
  },
  {
    type: 'Microsoft.Network/virtualNetworks', name: 'vnet1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: {
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [
        { id: `${A}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/app`, name: 'app', properties: { addressPrefix: '10.0.1.0/24', networkSecurityGroup: { id: `${A}/providers/Microsoft.Network/networkSecurityGroups/nsg1` } } },
        { id: `${A}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/data`, name: 'data', properties: { addressPrefix: '10.0.2.0/24' } },
      ],
    },
  },
  {
    type: 'Microsoft.Network/networkSecurityGroups', name: 'nsg1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: {
      securityRules: [{ name: 'ssh', properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, sourceAddressPrefix: 'Internet', sourcePortRange: '*', destinationAddressPrefix: '*', destinationPortRange: '22' } }],
      subnets: [{ id: `${A}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/app` }],
    },
  },
  {
    type: 'Microsoft.Network/networkInterfaces', name: 'nic1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: { ipConfigurations: [{ name: 'ip', properties: { privateIPAddress: '10.0.1.4', privateIPAllocationMethod: 'Dynamic', subnet: { id: `${A}/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/app` }, publicIPAddress: { id: `${A}/providers/Microsoft.Network/publicIPAddresses/pip1` } } }] },
  },
  {
    type: 'Microsoft.Compute/virtualMachines', name: 'vm1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: {
      storageProfile: { osDisk: { osType: 'Linux', managedDisk: { id: `${A}/providers/Microsoft.Compute/disks/vm1-os` } } },
      networkProfile: { networkInterfaces: [{ id: `${A}/providers/Microsoft.Network/networkInterfaces/nic1` }] },
      securityProfile: { encryptionAtHost: true },
      osProfile: { computerName: 'vm1', adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: true, patchSettings: { patchMode: 'AutomaticByPlatform', assessmentMode: 'AutomaticByPlatform' } } },
      extended: { instanceView: { powerState: { code: 'PowerState/running' } } },
    },
    children: { extensions: { value: [{ id: 'e', name: 'MDE.Linux', properties: { type: 'MDE.Linux', publisher: 'Microsoft.Azure.AzureDefenderForServers' } }] } },
  },
  {
    type: 'Microsoft.Compute/disks', name: 'vm1-os', resourceGroup: 'phi-rg', location: 'eastus',
    properties: { encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: `${A}/providers/Microsoft.Compute/diskEncryptionSets/des1` }, networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Disabled', diskState: 'Attached' },
  },
  {
    type: 'Microsoft.RecoveryServices/vaults', name: 'rsv1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: {
      securitySettings: { softDeleteSettings: { softDeleteState: 'AlwaysON', softDeleteRetentionPeriodInDays: 14 }, immutabilitySettings: { state: 'Locked' } },
      redundancySettings: { standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled' }, publicNetworkAccess: 'Disabled',
    },
    children: {
      backupProtectedItems: { value: [{ id: 'pi1', name: 'vm;iaasvmcontainerv2;phi-rg;vm1', properties: { protectedItemType: 'Microsoft.Compute/virtualMachines', sourceResourceId: `${A}/providers/Microsoft.Compute/virtualMachines/vm1` } }] },
      backupPolicies: { value: [{
        id: `${A}/providers/Microsoft.RecoveryServices/vaults/rsv1/backupPolicies/DefaultPolicy`, name: 'DefaultPolicy', type: 'Microsoft.RecoveryServices/vaults/backupPolicies',
        properties: {
          backupManagementType: 'AzureIaasVM', instantRpRetentionRangeInDays: 2, timeZone: 'UTC', protectedItemsCount: 1,
          schedulePolicy: { schedulePolicyType: 'SimpleSchedulePolicy', scheduleRunFrequency: 'Weekly', scheduleRunDays: ['Sunday', 'Wednesday'], scheduleRunTimes: ['2026-01-01T02:00:00Z'], scheduleWeeklyFrequency: 0 },
          retentionPolicy: { retentionPolicyType: 'LongTermRetentionPolicy', weeklySchedule: { daysOfTheWeek: ['Sunday', 'Wednesday'], retentionTimes: ['2026-01-01T02:00:00Z'], retentionDuration: { count: 12, durationType: 'Weeks' } } },
        },
      }] },
      backupResourceGuardProxies: { value: [{
        id: `${A}/providers/Microsoft.RecoveryServices/vaults/rsv1/backupResourceGuardProxies/VaultProxy`, name: 'VaultProxy', type: 'Microsoft.RecoveryServices/vaults/backupResourceGuardProxies',
        properties: { resourceGuardResourceId: `/subscriptions/${SUB_B}/resourceGroups/apps/providers/Microsoft.DataProtection/resourceGuards/guard1`, lastUpdatedTime: '2026-06-01T00:00:00Z', description: '' },
      }] },
      replicationProtectedItems: { value: [{
        id: `${A}/providers/Microsoft.RecoveryServices/vaults/rsv1/replicationFabrics/asr-a2a-default-eastus/replicationProtectionContainers/asr-a2a-default-eastus-container/replicationProtectedItems/vm1-item`,
        name: 'vm1-item', type: 'Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationProtectedItems',
        properties: {
          friendlyName: 'vm1', protectedItemType: 'ReplicationProtectedItem', protectionState: 'Protected', replicationHealth: 'Normal', testFailoverState: 'None',
          lastSuccessfulTestFailoverTime: '2026-03-01T10:00:00Z', providerSpecificDetails: { instanceType: 'A2A', fabricObjectId: `${A}/providers/Microsoft.Compute/virtualMachines/vm1` },
        },
      }] },
    },
  },
  {
    type: 'Microsoft.Insights/activityLogAlerts', name: 'nsg-write', resourceGroup: 'phi-rg', location: 'global',
    properties: {
      scopes: [`/subscriptions/${SUB_A}`], enabled: true, description: 'NSG changes',
      condition: { allOf: [{ field: 'category', equals: 'Administrative' }, { anyOf: [{ field: 'operationName', equals: 'Microsoft.Network/networkSecurityGroups/write' }, { field: 'operationName', equals: 'Microsoft.Network/networkSecurityGroups/delete' }] }] },
      actions: { actionGroups: [{ actionGroupId: `${A}/providers/microsoft.insights/actionGroups/secops`, webhookProperties: {} }] },
    },
  },
  {
    type: 'Microsoft.Sql/servers', name: 'sql1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: { minimalTlsVersion: '1.2', publicNetworkAccess: 'Enabled', administrators: { azureADOnlyAuthentication: true } },
    children: {
      firewallRules: { value: [{ id: 'f', name: 'AllowAll', properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' } }] },
      'encryptionProtector/current': { properties: { serverKeyType: 'AzureKeyVault' } },
      'auditingSettings/default': { properties: { state: 'Enabled', retentionDays: 90, isAzureMonitorTargetEnabled: true } },
      'securityAlertPolicies/Default': { properties: { state: 'Enabled' } },
      'sqlVulnerabilityAssessments/default': { properties: { state: 'Enabled' } },
    },
  },
  {
    type: 'Microsoft.Sql/servers/databases', name: 'sql1/db1', resourceGroup: 'phi-rg', location: 'eastus', sku: { name: 'GP_Gen5_2', tier: 'GeneralPurpose' },
    properties: { currentBackupStorageRedundancy: 'Geo' },
    children: {
      'transparentDataEncryption/current': { properties: { state: 'Enabled' } },
      'backupShortTermRetentionPolicies/default': { properties: { retentionDays: 7 } },
    },
  },
  {
    type: 'Microsoft.KeyVault/vaults', name: 'kv1', resourceGroup: 'phi-rg', location: 'eastus',
    properties: { enableSoftDelete: true, softDeleteRetentionInDays: 90, enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: 'Disabled' },
    children: {
      'providers/Microsoft.Insights/diagnosticSettings': diag('kv-audit', 'AuditEvent'),
      keys: { value: [{ id: `${A}/providers/Microsoft.KeyVault/vaults/kv1/keys/cmk`, name: 'cmk', properties: { kty: 'RSA-HSM', attributes: { enabled: true, exp: 1798761600 }, rotationPolicy: { attributes: { expiryTime: 'P2Y' }, lifetimeActions: [{ trigger: { timeAfterCreate: 'P1Y' }, action: { type: 'rotate' } }] } } }] },
      // As ARM lists them (Secrets - List): attributes and URIs, never the value.
      secrets: {
        value: [
          { id: `${A}/providers/Microsoft.KeyVault/vaults/kv1/secrets/db-password`, name: 'db-password', type: 'Microsoft.KeyVault/vaults/secrets', properties: { contentType: 'password', attributes: { enabled: true, exp: 1798761600, created: 1733443200, updated: 1733443200 }, secretUri: 'https://kv1.vault.azure.net/secrets/db-password', secretUriWithVersion: 'https://kv1.vault.azure.net/secrets/db-password/4387e9f3d6e14c459867679a90fd0f79' } },
          { id: `${A}/providers/Microsoft.KeyVault/vaults/kv1/secrets/api-key`, name: 'api-key', type: 'Microsoft.KeyVault/vaults/secrets', properties: { attributes: { enabled: true, created: 1733443200, updated: 1733443200 }, secretUri: 'https://kv1.vault.azure.net/secrets/api-key' } },
          // Hostile or truncated entries: no attributes, an expiry that is not a time.
          { id: `${A}/providers/Microsoft.KeyVault/vaults/kv1/secrets/no-attributes`, name: 'no-attributes', properties: {} },
          { id: `${A}/providers/Microsoft.KeyVault/vaults/kv1/secrets/bad-exp`, name: 'bad-exp', properties: { attributes: { enabled: true, exp: 'soon' } } },
        ],
      },
    },
  },
  {
    type: 'Microsoft.Network/networkWatchers/flowLogs', name: 'NetworkWatcher_eastus/fl1', resourceGroup: 'NetworkWatcherRG', location: 'eastus',
    properties: { enabled: true, targetResourceId: `${A}/providers/Microsoft.Network/virtualNetworks/vnet1`, retentionPolicy: { enabled: true, days: 90 } },
  },
];

const subBResources: WorldResource[] = [
  {
    type: 'Microsoft.Web/sites', name: 'portal', resourceGroup: 'apps', location: 'westus', kind: 'app,linux', tags: { env: 'prod' },
    properties: { httpsOnly: false, clientCertEnabled: false, publicNetworkAccess: 'Enabled' },
    children: { 'config/web': { properties: { minTlsVersion: '1.0', scmMinTlsVersion: '1.2', ftpsState: 'AllAllowed' } } },
  },
  { type: 'Microsoft.Cache/redis', name: 'cache1', resourceGroup: 'apps', location: 'westus', properties: { enableNonSslPort: true, minimumTlsVersion: '1.0', publicNetworkAccess: 'Enabled' } },
  {
    type: 'Microsoft.DBforPostgreSQL/flexibleServers', name: 'pg1', resourceGroup: 'apps', location: 'westus',
    properties: { version: '16', network: { publicNetworkAccess: 'Enabled' }, backup: { geoRedundantBackup: 'Disabled', backupRetentionDays: 7 }, dataEncryption: { type: 'SystemManaged' } },
    children: {
      firewallRules: { value: [{ id: 'f', name: 'office', properties: { startIpAddress: '198.51.100.1', endIpAddress: '198.51.100.1' } }] },
      'configurations/require_secure_transport': { properties: { value: 'off' } },
    },
  },
];

export const WORLD: AzureWorld = {
  tenantId: TENANT,
  managementGroups: [
    { name: 'mg-root', subscriptions: [], children: ['mg-phi'] },
    { name: 'mg-phi', subscriptions: [SUB_A] },
  ],
  subscriptions: [
    {
      subscriptionId: SUB_A, displayName: 'phi-prod', resourceGroups: [{ name: 'phi-rg', location: 'eastus' }, { name: 'NetworkWatcherRG', location: 'eastus' }], resources: subAResources,
      settings: {
        'providers/Microsoft.Security/pricings': { value: [
          { name: 'VirtualMachines', properties: { pricingTier: 'Standard', subPlan: 'P2' } },
          { name: 'StorageAccounts', properties: { pricingTier: 'Standard', subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: 'True' }] } },
        ] },
        'providers/Microsoft.Insights/diagnosticSettings': diag('activity', 'Administrative'),
        'providers/Microsoft.Authorization/policyAssignments': { value: [{ id: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/policyAssignments/hipaa`, name: 'hipaa', properties: { displayName: 'HITRUST/HIPAA', policyDefinitionId: '/providers/Microsoft.Authorization/policySetDefinitions/a169a624-5599-4385-a696-c8d643089fab', enforcementMode: 'Default', scope: `/subscriptions/${SUB_A}` } }] },
        'providers/Microsoft.Authorization/roleAssignments': { value: [
          roleAssignment(SUB_A, 'ra-owner-1', OWNER, 'u-1', 'User', `/subscriptions/${SUB_A}`),
          roleAssignment(SUB_A, 'ra-owner-mg', OWNER, 'g-1', 'Group', '/providers/Microsoft.Management/managementGroups/mg-phi'),
        ] },
        'providers/Microsoft.Authorization/roleDefinitions': { value: [{
          id: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/roleDefinitions/11111111-2222-3333-4444-555555555555`, name: '11111111-2222-3333-4444-555555555555', type: 'Microsoft.Authorization/roleDefinitions',
          properties: { roleName: 'phi-everything', type: 'CustomRole', description: '', permissions: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }], assignableScopes: [`/subscriptions/${SUB_A}`] },
        }] },
        'providers/Microsoft.Authorization/roleAssignmentScheduleInstances': { value: [{
          id: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances/rasi-1`, name: 'rasi-1', type: 'Microsoft.Authorization/roleAssignmentScheduleInstances',
          properties: {
            scope: `/subscriptions/${SUB_A}`, roleDefinitionId: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`, principalId: 'u-1', principalType: 'User',
            roleAssignmentScheduleId: 'ras-1', originRoleAssignmentId: 'ra-owner-1', status: 'Provisioned', startDateTime: '2025-01-01T00:00:00Z', endDateTime: null,
            assignmentType: 'Assigned', memberType: 'Direct', createdOn: '2025-01-01T00:00:00Z',
          },
        }] },
        'providers/Microsoft.Security/settings': { value: [
          { id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/settings/MCAS`, name: 'MCAS', type: 'Microsoft.Security/settings', kind: 'DataExportSettings', properties: { enabled: true } },
          { id: `/subscriptions/${SUB_A}/providers/Microsoft.Security/settings/WDATP`, name: 'WDATP', type: 'Microsoft.Security/settings', kind: 'DataExportSettings', properties: { enabled: true } },
        ] },
      },
      patchAssessmentResources: [
        {
          id: `${A}/providers/Microsoft.Compute/virtualMachines/vm1/patchAssessmentResults/latest`, name: 'latest', type: 'microsoft.compute/virtualmachines/patchassessmentresults', location: 'eastus', resourceGroup: 'phi-rg',
          properties: {
            rebootPending: false, patchServiceUsed: 'APT', osType: 'Linux', startedBy: 'Platform', status: 'Succeeded', startDateTime: '2026-10-31T05:58:00Z', lastModifiedDateTime: '2026-10-31T06:00:00Z',
            availablePatchCountByClassification: { security: 1, critical: 0, other: 0 },
          },
        },
        {
          id: `${A}/providers/Microsoft.Compute/virtualMachines/vm1/patchAssessmentResults/latest/softwarePatches/0b3e0c1c-openssl`, name: '0b3e0c1c-openssl', type: 'microsoft.compute/virtualmachines/patchassessmentresults/softwarepatches', location: 'eastus', resourceGroup: 'phi-rg',
          properties: { patchName: 'openssl', version: '3.0.13-0ubuntu3.5', classifications: ['Security'], publishedDateTime: '2026-09-01T00:00:00Z', lastModifiedDateTime: '2026-10-31T06:00:00Z' },
        },
      ],
    },
    {
      subscriptionId: SUB_B, displayName: 'apps', resourceGroups: [{ name: 'apps', location: 'westus' }], resources: subBResources,
      settings: {
        'providers/Microsoft.Security/pricings': { value: [{ name: 'VirtualMachines', properties: { pricingTier: 'Free' } }] },
        'providers/Microsoft.Insights/diagnosticSettings': { value: [] },
        'providers/Microsoft.Authorization/policyAssignments': { value: [] },
      },
    },
  ],
  graph: {
    securityDefaults: { id: '00000000-0000-0000-0000-000000000000', displayName: 'Security Defaults', isEnabled: false },
    // As Graph lists directory role members (directoryObject, @odata.type per member).
    directoryRoleMembers: {
      '62e90394-69f5-4237-9190-012177145e10': [
        { '@odata.type': '#microsoft.graph.user', id: 'u-alice', displayName: 'Alice', userPrincipalName: 'alice@contoso.example' },
        { '@odata.type': '#microsoft.graph.user', id: 'u-bob', displayName: 'Bob', userPrincipalName: 'bob@contoso.example' },
        { '@odata.type': '#microsoft.graph.servicePrincipal', id: 'sp-automation', displayName: 'automation', appId: '00000000-0000-0000-0000-0000000000ab' },
      ],
    },
    conditionalAccessPolicies: [
      { id: 'ca-1', displayName: 'Require MFA for all users', state: 'enabled', conditions: { users: { includeUsers: ['All'], excludeUsers: [] }, applications: { includeApplications: ['All'] }, clientAppTypes: ['all'] }, grantControls: { operator: 'OR', builtInControls: ['mfa'] } },
      {
        id: 'ca-2', displayName: 'Require phishing-resistant MFA for admins outside trusted locations', state: 'enabled',
        conditions: { users: { includeRoles: ['62e90394-69f5-4237-9190-012177145e10'], excludeUsers: ['bg-1'] }, applications: { includeApplications: ['All'] }, clientAppTypes: ['all'], locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] }, signInRiskLevels: ['high'], platforms: { includePlatforms: ['all'], excludePlatforms: ['linux'] }, devices: { deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' } }, insiderRiskLevels: 'minor,moderate' },
        grantControls: { operator: 'OR', builtInControls: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' } },
      },
      { id: 'ca-3', displayName: 'Block legacy auth (report-only)', state: 'enabledForReportingButNotEnforced', conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['All'] }, clientAppTypes: ['exchangeActiveSync', 'other'] }, grantControls: { operator: 'OR', builtInControls: ['block'] } },
    ],
  },
};
