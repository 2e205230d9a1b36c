import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AZURE_CHECKS } from '../../../checks/azure/index.js';
import { evaluate, runEngine } from '../../../src/engine/run.js';
import { PATCH_ASSESSMENT_QUERY } from '../../../providers/azure/patch-assessment.js';
import { AZURE_READ_OPERATIONS, createAzureCollector, staticTokenCredential, type AzureCollectorOptions, type AzureScope } from '../../../providers/azure/index.js';
import type { CollectContext, CollectEvent } from '../../../providers/types.js';
import type { Resource } from '../../../src/model/resource.js';
import { startAzureSimulator, type AzureSimulator, type AzureSimulatorOptions } from '../../../src/simulator/azure/server.js';
import { SUB_A, SUB_B, SUB_OTHER, TENANT, WORLD } from './_world.js';

let sim: AzureSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const FAST_RETRY = { maxRetries: 8, retryDelayInMs: 5, maxRetryDelayInMs: 50 };

async function collect(simOptions: Partial<AzureSimulatorOptions>, scope: AzureScope, opts: Partial<AzureCollectorOptions> = {}, ctx: Partial<CollectContext> = {}) {
  await sim?.close();
  sim = await startAzureSimulator({ world: WORLD, ...simOptions });
  const collector = createAzureCollector(scope, { credential: staticTokenCredential(), endpoints: { arm: sim.endpoint, graph: sim.endpoint }, tlsCa: sim.ca, retry: FAST_RETRY, ...opts });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined, ...ctx })) events.push(e);
  const resources = events.flatMap((e) => (e.kind === 'resource' ? [e.resource] : []));
  const gaps = events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : []));
  return { events, resources, gaps, byId: new Map(resources.map((r) => [r.id, r])), calls: sim.calls };
}

async function* toAsync(events: readonly CollectEvent[]): AsyncGenerator<CollectEvent> {
  for (const e of events) yield await Promise.resolve(e);
}

const A = `/subscriptions/${SUB_A}/resourceGroups/phi-rg/providers`;
const B = `/subscriptions/${SUB_B}/resourceGroups/apps/providers`;
const ALL: AzureScope = { allSubscriptions: true };

const EXPECTED_IDS = [
  `/subscriptions/${SUB_A}`,
  `${A}/Microsoft.Compute/disks/vm1-os`,
  `${A}/Microsoft.Compute/virtualMachines/vm1`,
  `${A}/Microsoft.KeyVault/vaults/kv1`,
  `${A}/Microsoft.KeyVault/vaults/kv1/keys/cmk`,
  `${A}/Microsoft.KeyVault/vaults/kv1/secrets/api-key`,
  `${A}/Microsoft.KeyVault/vaults/kv1/secrets/bad-exp`,
  `${A}/Microsoft.KeyVault/vaults/kv1/secrets/db-password`,
  `${A}/Microsoft.KeyVault/vaults/kv1/secrets/no-attributes`,
  `${A}/Microsoft.Network/networkSecurityGroups/nsg1`,
  `${A}/Microsoft.Network/virtualNetworks/vnet1`,
  `${A}/Microsoft.Network/virtualNetworks/vnet1/subnets/app`,
  `${A}/Microsoft.Network/virtualNetworks/vnet1/subnets/data`,
  `${A}/Microsoft.RecoveryServices/vaults/rsv1`,
  `${A}/Microsoft.Sql/servers/sql1`,
  `${A}/Microsoft.Sql/servers/sql1/databases/db1`,
  `${A}/Microsoft.Storage/storageAccounts/legacyshare`,
  `${A}/Microsoft.Storage/storageAccounts/phirecords`,
  `/subscriptions/${SUB_B}`,
  `${B}/Microsoft.Cache/redis/cache1`,
  `${B}/Microsoft.DBforPostgreSQL/flexibleServers/pg1`,
  `${B}/Microsoft.Web/sites/portal`,
  `/tenants/${TENANT}`,
];

describe('Azure collector over the loopback ARM / Resource Graph / Graph simulator (HTTPS, real SDK pipeline)', () => {
  it('maps a multi-subscription world into the expected inventory, with no gaps', async () => {
    const { resources, gaps, byId } = await collect({}, ALL);
    expect(gaps).toEqual([]);
    expect(resources.map((r) => r.id)).toEqual(EXPECTED_IDS);
    expect(resources.every((r) => r.provider === 'azure')).toBe(true);
    expect(byId.get(`${B}/Microsoft.Web/sites/portal`)?.account).toBe(SUB_B);

    const sa = byId.get(`${A}/Microsoft.Storage/storageAccounts/phirecords`) as Resource<'azure.storage.account'>;
    expect(sa.tags).toEqual({ phi: 'true' });
    expect(sa.region).toBe('eastus');
    expect(sa.config).toMatchObject({
      kind: 'StorageV2', skuName: 'Standard_GRS', supportsHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false, allowSharedKeyAccess: null, publicNetworkAccess: 'Disabled',
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: ['203.0.113.0/24'], virtualNetworkRules: [] },
      encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyVaultUri: 'https://kv1.vault.azure.net/', keyName: 'cmk', keyVersion: null } },
      blobService: { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 }, isVersioningEnabled: true },
    });
    expect(sa.config.blobDiagnosticSettings).toHaveLength(1);
    const legacy = byId.get(`${A}/Microsoft.Storage/storageAccounts/legacyshare`) as Resource<'azure.storage.account'>;
    expect(legacy.config).toMatchObject({ minimumTlsVersion: 'TLS1_0', supportsHttpsTrafficOnly: false, publicNetworkAccess: null, blobService: { deleteRetentionPolicy: { enabled: false, days: null }, containerDeleteRetentionPolicy: null, isVersioningEnabled: null }, blobDiagnosticSettings: [] });

    const vm = byId.get(`${A}/Microsoft.Compute/virtualMachines/vm1`) as Resource<'azure.compute.virtual-machine'>;
    expect(vm.config).toEqual({
      osType: 'Linux', diskIds: [`${A}/Microsoft.Compute/disks/vm1-os`], encryptionAtHost: true, powerState: 'running', extensionTypes: ['MDE.Linux'], backupProtected: true,
      patchSettings: { assessmentMode: 'AutomaticByPlatform', patchMode: 'AutomaticByPlatform' },
      patchAssessment: { status: 'Succeeded', lastModifiedDateTime: '2026-10-31T06:00:00Z', missingPatches: [{ name: 'openssl', classifications: ['Security'], msrcSeverity: null, publishedDateTime: '2026-09-01T00:00:00Z', kbId: null }] },
      networkInterfaces: [{ id: `${A}/Microsoft.Network/networkInterfaces/nic1`, subnetIds: [`${A}/Microsoft.Network/virtualNetworks/vnet1/subnets/app`], publicIpAddressIds: [`${A}/Microsoft.Network/publicIPAddresses/pip1`], networkSecurityGroupId: null, applicationSecurityGroupIds: [], privateIpAddresses: ['10.0.1.4'] }],
    });
    const vnet = byId.get(`${A}/Microsoft.Network/virtualNetworks/vnet1`) as Resource<'azure.network.virtual-network'>;
    expect(vnet.config.flowLogs).toEqual([{ id: `/subscriptions/${SUB_A}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_eastus/flowLogs/fl1`, enabled: true, retentionDays: 90, trafficAnalyticsEnabled: false, targetResourceId: `${A}/Microsoft.Network/virtualNetworks/vnet1` }]);
    expect((byId.get(`${A}/Microsoft.Network/virtualNetworks/vnet1/subnets/data`) as Resource<'azure.network.subnet'>).config.networkSecurityGroupId).toBeNull();
    const nsg = byId.get(`${A}/Microsoft.Network/networkSecurityGroups/nsg1`) as Resource<'azure.network.security-group'>;
    expect(nsg.config.securityRules).toEqual([{ name: 'ssh', direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 100, sourceAddressPrefixes: ['Internet'], sourceApplicationSecurityGroupIds: [], sourcePortRanges: ['*'], destinationAddressPrefixes: ['*'], destinationApplicationSecurityGroupIds: [], destinationPortRanges: ['22'] }]);

    expect((byId.get(`${A}/Microsoft.Sql/servers/sql1`) as Resource<'azure.sql.server'>).config).toMatchObject({
      minimalTlsVersion: '1.2', encryptionProtectorKeyType: 'AzureKeyVault', auditing: { state: 'Enabled', retentionDays: 90, isAzureMonitorTargetEnabled: true }, securityAlertPolicyState: 'Enabled', vulnerabilityAssessmentEnabled: true, azureADOnlyAuthentication: true,
      firewallRules: [{ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }],
    });
    expect((byId.get(`${A}/Microsoft.Sql/servers/sql1/databases/db1`) as Resource<'azure.sql.database'>).config).toEqual({
      serverId: `${A}/Microsoft.Sql/servers/sql1`, transparentDataEncryptionState: 'Enabled', backupStorageRedundancy: 'Geo', shortTermRetentionDays: 7, longTermRetention: null, skuTier: 'GeneralPurpose',
    });
    expect((byId.get(`${A}/Microsoft.RecoveryServices/vaults/rsv1`) as Resource<'azure.recoveryservices.vault'>).config).toMatchObject({ softDeleteState: 'AlwaysON', immutabilityState: 'Locked', standardTierStorageRedundancy: 'GeoRedundant', crossRegionRestore: 'Enabled', protectedItemSourceIds: [`${A}/Microsoft.Compute/virtualMachines/vm1`] });
    expect((byId.get(`${A}/Microsoft.KeyVault/vaults/kv1/keys/cmk`) as Resource<'azure.keyvault.key'>).config).toEqual({
      vaultId: `${A}/Microsoft.KeyVault/vaults/kv1`, kty: 'RSA-HSM', enabled: true, expires: '2027-01-01T00:00:00.000Z', rotationPolicy: { expiryTime: 'P2Y', lifetimeActions: [{ action: 'rotate', timeAfterCreate: 'P1Y', timeBeforeExpiry: null }] },
    });
    expect((byId.get(`${A}/Microsoft.KeyVault/vaults/kv1/secrets/db-password`) as Resource<'azure.keyvault.secret'>).config).toEqual({ vaultId: `${A}/Microsoft.KeyVault/vaults/kv1`, enabled: true, expires: '2027-01-01T00:00:00.000Z' });
    expect((byId.get(`${A}/Microsoft.KeyVault/vaults/kv1/secrets/api-key`) as Resource<'azure.keyvault.secret'>).config.expires).toBeNull();
    // Unreadable is unknown (not assessed), never "no expiry".
    for (const name of ['no-attributes', 'bad-exp']) expect((byId.get(`${A}/Microsoft.KeyVault/vaults/kv1/secrets/${name}`) as Resource<'azure.keyvault.secret'>).config.expires, name).toBeUndefined();
    expect((byId.get(`${B}/Microsoft.DBforPostgreSQL/flexibleServers/pg1`) as Resource<'azure.postgresql.flexible-server'>).config).toMatchObject({ parameters: { require_secure_transport: 'off' }, geoRedundantBackup: 'Disabled', dataEncryptionType: 'SystemManaged' });
    expect((byId.get(`${B}/Microsoft.Web/sites/portal`) as Resource<'azure.web.site'>).config).toMatchObject({ httpsOnly: false, minTlsVersion: '1.0', ftpsState: 'AllAllowed' });

    const subA = byId.get(`/subscriptions/${SUB_A}`) as Resource<'azure.resources.subscription'>;
    expect(subA.config).toMatchObject({ displayName: 'phi-prod', state: 'Enabled', tenantId: TENANT });
    expect(subA.config.defenderPlans).toEqual([
      { name: 'StorageAccounts', pricingTier: 'Standard', subPlan: 'DefenderForStorageV2', extensions: [{ name: 'OnUploadMalwareScanning', isEnabled: true }] },
      { name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P2', extensions: [] },
    ]);
    expect(subA.config.policyAssignments?.[0]?.policyDefinitionId).toContain('a169a624-5599-4385-a696-c8d643089fab');
    const tenant = byId.get(`/tenants/${TENANT}`) as Resource<'azure.entra.tenant'>;
    expect(tenant.config.securityDefaultsEnabled).toBe(false);
    expect(tenant.config.conditionalAccessPolicies?.map((p) => p.id)).toEqual(['ca-1', 'ca-2', 'ca-3']);
    expect(tenant.config.conditionalAccessPolicies?.[0]?.grantControls?.builtInControls).toEqual(['mfa']);
    // Every condition and exclusion Graph returns is kept, and the expanded authentication strength's requirements.
    expect(tenant.config.conditionalAccessPolicies?.[1]).toMatchObject({
      conditions: {
        users: { includeRoles: ['62e90394-69f5-4237-9190-012177145e10'], excludeUsers: ['bg-1'], includeGuestsOrExternalUsers: null, excludeGuestsOrExternalUsers: null },
        locations: { include: ['All'], exclude: ['AllTrusted'] }, platforms: { include: ['all'], exclude: ['linux'] }, deviceFilter: { mode: 'exclude', rule: 'device.trustType -eq "ServerAD"' },
        signInRiskLevels: ['high'], userRiskLevels: [], insiderRiskLevels: ['minor', 'moderate'], clientApplications: null, authenticationFlows: [],
        applications: { includeApplications: ['All'], excludeApplications: [], applicationFilter: null },
      },
      grantControls: { operator: 'OR', builtInControls: [], authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', requirementsSatisfied: 'mfa' } },
    });
    expect(subA.config.activityLogAlerts?.map((a) => a.name)).toEqual(['nsg-write']);
    expect(subA.config.securitySettings).toEqual([{ name: 'MCAS', enabled: true }, { name: 'WDATP', enabled: true }]);
    expect(subA.config.customRoleDefinitions).toEqual([{ id: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/roleDefinitions/11111111-2222-3333-4444-555555555555`, roleName: 'phi-everything', actions: ['*'], notActions: [], assignableScopes: [`/subscriptions/${SUB_A}`] }]);
    expect((byId.get(`${A}/Microsoft.RecoveryServices/vaults/rsv1`) as Resource<'azure.recoveryservices.vault'>).config).toMatchObject({
      backupPolicies: [{ name: 'DefaultPolicy', backupManagementType: 'AzureIaasVM', protectedItemsCount: 1, scheduleRunFrequency: 'Weekly', maxBackupIntervalHours: 96, retentionDays: 84 }],
      resourceGuardIds: [`/subscriptions/${SUB_B}/resourceGroups/apps/providers/Microsoft.DataProtection/resourceGuards/guard1`],
      replicatedItems: [{ friendlyName: 'vm1', protectionState: 'Protected', lastSuccessfulTestFailoverTime: '2026-03-01T10:00:00Z', sourceResourceId: `${A}/Microsoft.Compute/virtualMachines/vm1` }],
    });
    const engine = evaluate([...byId.values()], [], AZURE_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const mfa = (id: string) => engine.findings.find((f) => f.checkId === id)?.status;
    // The checks added for Prowler / HIPAA HITRUST parity read what the collector gathered.
    const status = (id: string, resource: string) => engine.findings.find((f) => f.checkId === id && f.resource.id === resource)?.status;
    const subId = `/subscriptions/${SUB_A}`;
    const rsv = `${A}/Microsoft.RecoveryServices/vaults/rsv1`;
    expect({
      nsgAlert: status('azure-monitor-activity-log-alert-nsg-changes', subId), sqlAlert: status('azure-monitor-activity-log-alert-sql-firewall-changes', subId),
      owners: status('azure-authorization-subscription-max-3-owners', subId), customOwner: status('azure-authorization-no-custom-owner-roles', subId),
      pim: status('azure-authorization-privileged-roles-eligible', subId), wdatp: status('azure-security-subscription-defender-endpoint-integration', subId),
      frequency: status('azure-recoveryservices-backup-policy-frequency-48h', rsv), retention: status('azure-recoveryservices-backup-policy-min-retention', rsv),
      mua: status('azure-recoveryservices-vault-multi-user-authorization', rsv), drill: status('azure-siterecovery-test-failover-recent', rsv),
      assessment: status('azure-compute-virtual-machine-patch-assessment', `${A}/Microsoft.Compute/virtualMachines/vm1`), patches: status('azure-compute-virtual-machine-no-missing-critical-patches', `${A}/Microsoft.Compute/virtualMachines/vm1`),
    }).toEqual({
      nsgAlert: 'pass', sqlAlert: 'fail', owners: 'not_assessed', customOwner: 'fail', pim: 'fail', wdatp: 'pass',
      frequency: 'fail', retention: 'pass', mua: 'pass', drill: 'fail', assessment: 'pass', patches: 'fail',
    });
    expect(mfa('azure-entra-tenant-mfa-all-users')).toBe('pass');
    // The admin policy is narrowed (locations, risk, platforms, device filter), but the all-users policy covers the roles.
    expect(mfa('azure-entra-tenant-mfa-admins')).toBe('pass');
  });

  it('reads only: every call is a GET or the Resource Graph query POST, with a bearer token and a declared operation', async () => {
    const { calls } = await collect({}, ALL);
    expect(calls.length).toBeGreaterThan(20);
    for (const c of calls) {
      expect(c.status, `${c.method} ${c.path}`).not.toBe(405);
      if (c.method === 'POST') expect(c.path.toLowerCase()).toBe('/providers/microsoft.resourcegraph/resources');
      else expect(c.method).toBe('GET');
    }
    expect(calls.filter((c) => c.method === 'POST').every((c) => c.query?.startsWith('Resources | where type in~') || c.query === PATCH_ASSESSMENT_QUERY)).toBe(true);
    // Resource Graph queries are grouped across subscriptions (Microsoft's guidance): one query here.
    expect(calls.filter((c) => c.method === 'POST' && !c.skipToken && c.query?.startsWith('Resources'))).toHaveLength(1);
    // Update Manager results: one query per subscription that has VMs.
    expect(calls.filter((c) => c.method === 'POST' && c.query === PATCH_ASSESSMENT_QUERY)).toHaveLength(1);
    expect(AZURE_READ_OPERATIONS.every((op) => op.endsWith('/read'))).toBe(true);
    // docs/azure.md lists exactly the actions the collector may use.
    const documented = [...readFileSync(new URL('../../../docs/azure.md', import.meta.url), 'utf8').matchAll(/^- `(Microsoft\.[^`]+\/read)`$/gm)].map((m) => m[1]);
    expect(documented).toEqual([...AZURE_READ_OPERATIONS]);
  });

  it('falls back to ARM resources list + getById when Resource Graph is denied, with the same inventory and configs', async () => {
    const viaGraph = await collect({}, ALL);
    const viaArm = await collect({ faults: [{ path: 'Microsoft.ResourceGraph', status: 403 }] }, ALL);
    // Update Manager results exist only in Resource Graph: denied, they are a gap and the VM's assessment is unknown.
    expect(viaArm.gaps.map((g) => [g.operation, g.resourceTypes])).toEqual([['Microsoft.ResourceGraph/resources/read (patchassessmentresources)', ['azure.compute.virtual-machine']]]);
    expect(viaArm.resources.map((r) => r.id)).toEqual(viaGraph.resources.map((r) => r.id));
    for (const r of viaArm.resources) {
      const expected = viaGraph.byId.get(r.id)?.config as Record<string, unknown> | undefined;
      expect(r.config, r.id).toEqual(r.type === 'azure.compute.virtual-machine' ? { ...expected, patchAssessment: undefined } : expected);
    }
    const gets = viaArm.calls.filter((c) => c.path.endsWith('/vm1') && c.method === 'GET');
    // The simulated providers list advertises other versions than the pinned one: the newest stable is used.
    expect(gets.map((c) => c.apiVersion)).toEqual(['2023-05-01']);
    expect(viaArm.calls.some((c) => c.path.endsWith('/providers') && c.status === 200)).toBe(true);
    expect(viaArm.resources.find((r) => r.type === 'azure.storage.account')?.source).toEqual({ kind: 'live', api: 'arm:resources/getById' });
  });

  it('follows nextLink, @odata.nextLink and $skipToken pages and loses nothing', async () => {
    const base = await collect({}, ALL);
    const paged = await collect({ pageSize: 1 }, ALL);
    expect(paged.resources.map((r) => r.id)).toEqual(base.resources.map((r) => r.id));
    expect(paged.calls.filter((c) => c.method === 'POST' && c.skipToken).length).toBeGreaterThan(5);
    expect(paged.calls.filter((c) => c.path === '/v1.0/identity/conditionalAccess/policies').length).toBe(3);
    expect(paged.calls.filter((c) => c.path.endsWith('/pricings') && c.skipToken).length).toBe(1);
    const armPaged = await collect({ pageSize: 2, faults: [{ path: 'Microsoft.ResourceGraph', status: 403 }] }, ALL);
    expect(armPaged.resources.map((r) => r.id)).toEqual(base.resources.map((r) => r.id));
    expect(armPaged.calls.filter((c) => c.path.endsWith('/resources') && c.skipToken).length).toBeGreaterThan(3);
  });

  it('rides out 429 throttling with Retry-After (the SDK throttling policy) and loses nothing', async () => {
    const base = await collect({}, ALL);
    // Two 429s in a row on ARM and on Graph, fewer than the SDK's retries: deterministic on any machine
    // (a token bucket here throttled a different number of times, sometimes past the retries, under load).
    const faults = ['/providers/Microsoft.Security/pricings', '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy'].map((path) => ({ path, status: 429 as const, times: 2 }));
    const throttled = await collect({ retryAfterMs: 10, faults }, ALL, { concurrency: 8 });
    expect(throttled.calls.filter((c) => c.status === 429)).toHaveLength(4);
    expect(throttled.gaps).toEqual([]);
    expect(throttled.resources).toEqual(base.resources);
  });

  it('honours a whole-second Retry-After on a 429', async () => {
    const started = performance.now();
    const { gaps, calls } = await collect({ faults: [{ path: '/providers/Microsoft.Security/pricings', status: 429, times: 1 }], retryAfterSeconds: 1 }, { subscriptions: [SUB_B] });
    expect(gaps).toEqual([]);
    expect(calls.filter((c) => c.path.endsWith('/pricings')).map((c) => c.status)).toEqual([429, 200]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('waits out a Resource Graph 429 that announces only x-ms-user-quota-resets-after, instead of falling back to ARM', async () => {
    const started = performance.now();
    const { gaps, calls, resources } = await collect({ faults: [{ path: 'Microsoft.ResourceGraph', status: 429, times: 1 }], retryAfterSeconds: 1 }, { subscriptions: [SUB_B] });
    expect(gaps).toEqual([]);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.status)).toEqual([429, 200]);
    expect(calls.some((c) => c.path.endsWith('/resources') && c.method === 'GET')).toBe(false);
    expect(resources.find((r) => r.type === 'azure.web.site')?.source).toEqual({ kind: 'live', api: 'resourcegraph:resources' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('a denied Microsoft Graph leaves the tenant MFA settings and Global Administrators unknown, with gaps naming the permission each call needs', async () => {
    const { byId, gaps } = await collect({ faults: [{ path: '/v1.0/', status: 403 }] }, ALL);
    const tenant = byId.get(`/tenants/${TENANT}`) as Resource<'azure.entra.tenant'>;
    expect(tenant.config).toStrictEqual({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined, globalAdministrators: undefined });
    expect(gaps).toHaveLength(3);
    for (const g of gaps) {
      expect(g).toMatchObject({ provider: 'azure', service: 'Microsoft.Graph', account: TENANT, resourceTypes: ['azure.entra.tenant'], reason: 'access-denied', errorCode: 'Authorization_RequestDenied' });
      const permission = g.operation.includes('/directoryRoles') ? 'RoleManagement.Read.Directory' : 'Policy.Read.All';
      expect(g.operation.startsWith(`${permission}: GET /v1.0/`)).toBe(true);
      expect(g.message).toContain(permission);
    }
    expect(gaps.filter((g) => g.operation.startsWith('RoleManagement.Read.Directory'))).toHaveLength(1);
  });

  it('reads the Global Administrator role members (ids and types, sorted), and a missing role (404) is unknown, not empty', async () => {
    const { byId } = await collect({}, ALL);
    expect((byId.get(`/tenants/${TENANT}`) as Resource<'azure.entra.tenant'>).config.globalAdministrators).toEqual([
      { id: 'sp-automation', type: 'servicePrincipal' }, { id: 'u-alice', type: 'user' }, { id: 'u-bob', type: 'user' },
    ]);
    const missing = await collect({ faults: [{ path: '/directoryRoles', status: 404 }] }, ALL);
    expect((missing.byId.get(`/tenants/${TENANT}`) as Resource<'azure.entra.tenant'>).config.globalAdministrators).toBeUndefined();
    expect(missing.gaps.map((g) => g.operation)).toEqual(["RoleManagement.Read.Directory: GET /v1.0/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')/members"]);
  });

  it('through the engine, a denied Microsoft Graph makes the MFA checks not_assessed, naming Policy.Read.All', async () => {
    const { events } = await collect({ faults: [{ path: '/v1.0/', status: 403 }] }, { subscriptions: [SUB_A] });
    const result = await runEngine(toAsync(events), AZURE_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const mfaChecks = AZURE_CHECKS.filter((c) => c.meta.resourceTypes.includes('azure.entra.tenant')).map((c) => c.meta.id);
    expect(mfaChecks.length).toBeGreaterThanOrEqual(2);
    const mfa = result.findings.filter((f) => mfaChecks.includes(f.checkId));
    expect(new Set(mfa.map((f) => f.checkId))).toEqual(new Set(mfaChecks));
    expect(mfa.every((f) => f.status === 'not_assessed')).toBe(true);
    expect(mfa.filter((f) => f.checkId.includes('-mfa-')).every((f) => JSON.stringify(f).includes('Policy.Read.All'))).toBe(true);
    expect(JSON.stringify(mfa.find((f) => f.checkId === 'azure-entra-tenant-global-admin-count'))).toContain('RoleManagement.Read.Directory');
    // With Graph readable, the same world gives verdicts.
    const ok = await collect({}, { subscriptions: [SUB_A] });
    const verdicts = (await runEngine(toAsync(ok.events), AZURE_CHECKS, { now: new Date('2026-11-01T00:00:00Z') })).findings.filter((f) => mfaChecks.includes(f.checkId));
    expect(verdicts.every((f) => f.status === 'pass' || f.status === 'fail')).toBe(true);
  });

  it('a denied service becomes a gap naming the RBAC action and the hidden types; its fields stay unknown', async () => {
    const { byId, gaps } = await collect({ faults: [{ path: '/blobServices/default', status: 403 }, { path: '/providers/Microsoft.Security/pricings', status: 403 }] }, { subscriptions: [SUB_A] });
    const sa = byId.get(`${A}/Microsoft.Storage/storageAccounts/phirecords`) as Resource<'azure.storage.account'>;
    expect(sa.config.blobService).toBeUndefined();
    expect(sa.config.blobDiagnosticSettings).toBeUndefined();
    expect(sa.config.minimumTlsVersion).toBe('TLS1_2');
    expect((byId.get(`/subscriptions/${SUB_A}`) as Resource<'azure.resources.subscription'>).config.defenderPlans).toBeUndefined();
    const blob = gaps.find((g) => g.operation === 'Microsoft.Storage/storageAccounts/blobServices/read');
    expect(blob).toMatchObject({ provider: 'azure', service: 'Microsoft.Storage', account: SUB_A, resourceTypes: ['azure.storage.account'], reason: 'access-denied', errorCode: 'AuthorizationFailed' });
    expect(blob?.message).toMatch(/^2 calls failed, e\.g\. /);
    expect(gaps.find((g) => g.operation === 'Microsoft.Security/pricings/read')).toMatchObject({ resourceTypes: ['azure.resources.subscription'], reason: 'access-denied' });
  });

  it('through the engine, checks on a denied sub-resource are not_assessed, never pass', async () => {
    const { events } = await collect({ faults: [{ path: '/blobServices/default', status: 403 }] }, { subscriptions: [SUB_A] });
    // A clock before Azure Storage retired TLS 1.0/1.1 (2026-02-03), so the account's own TLS setting decides.
    const result = await runEngine(toAsync(events), AZURE_CHECKS, { now: new Date('2026-01-15T00:00:00Z') });
    const recovery = result.findings.filter((f) => f.checkId === 'azure-storage-account-blob-recovery');
    expect(recovery.length).toBeGreaterThanOrEqual(2);
    expect(recovery.every((f) => f.status === 'not_assessed')).toBe(true);
    // Fields read from the account itself still decide.
    expect(result.findings.find((f) => f.checkId === 'azure-storage-account-tls12' && f.resource.id.endsWith('/legacyshare'))?.status).toBe('fail');
  });

  it('a denied secrets list is a gap hiding the vault and its secrets (not its keys); the secret check then reports nothing as passed', async () => {
    const { byId, gaps, events } = await collect({ faults: [{ path: '/vaults/kv1/secrets', status: 403 }] }, { subscriptions: [SUB_A] });
    expect(gaps.find((g) => g.operation === 'Microsoft.KeyVault/vaults/secrets/read')).toMatchObject({ service: 'Microsoft.KeyVault', resourceTypes: ['azure.keyvault.secret', 'azure.keyvault.vault'], reason: 'access-denied' });
    expect([...byId.keys()].some((id) => id.includes('/secrets/'))).toBe(false);
    expect(byId.has(`${A}/Microsoft.KeyVault/vaults/kv1/keys/cmk`)).toBe(true);
    const result = await runEngine(toAsync(events), AZURE_CHECKS, { now: new Date('2026-01-15T00:00:00Z') });
    expect(result.findings.filter((f) => f.checkId === 'azure-keyvault-secret-expiration-set' && f.status === 'pass')).toEqual([]);
  });

  it('a failed protected-items read leaves VM backup status unknown rather than "not protected"', async () => {
    const { byId, gaps } = await collect({ faults: [{ path: '/backupProtectedItems', status: 500 }] }, { subscriptions: [SUB_A] }, { retry: { maxRetries: 1, retryDelayInMs: 1, maxRetryDelayInMs: 2 } });
    expect((byId.get(`${A}/Microsoft.Compute/virtualMachines/vm1`) as Resource<'azure.compute.virtual-machine'>).config.backupProtected).toBeUndefined();
    expect(gaps.map((g) => g.operation)).toEqual(['Microsoft.RecoveryServices/vaults/backupProtectedItems/read']);
  });

  it('resolves a management group to the subscriptions under it, and reports an unreadable subscription as a gap', async () => {
    const mg = await collect({}, { managementGroup: 'mg-root' });
    expect([...new Set(mg.resources.map((r) => r.account))]).toEqual([SUB_A, TENANT]);
    const explicit = await collect({}, { subscriptions: [SUB_B, SUB_OTHER] });
    expect(explicit.resources.some((r) => r.account === SUB_B)).toBe(true);
    expect(explicit.gaps).toMatchObject([{ service: 'Microsoft.Resources', operation: 'Microsoft.Resources/subscriptions/read', account: SUB_OTHER, reason: 'not-found', errorCode: 'SubscriptionNotFound' }]);
    expect(explicit.gaps[0]?.resourceTypes).toContain('azure.storage.account');
  });

  it('honours --shard: units azure/<subscription> and azure/tenant/<tenant> split disjointly and completely', async () => {
    const all = await collect({}, ALL);
    const one = await collect({}, ALL, {}, { shard: { index: 1, count: 2 } });
    const two = await collect({}, ALL, {}, { shard: { index: 2, count: 2 } });
    const ids = (rs: readonly Resource[]) => rs.map((r) => r.id);
    expect(ids(one.resources).filter((id) => ids(two.resources).includes(id))).toEqual([]);
    expect([...ids(one.resources), ...ids(two.resources)].sort()).toEqual(ids(all.resources).sort());
    // Keys sort as azure/aaaa..., azure/bbbb..., azure/tenant/...: shard 1 owns the first and third.
    expect([...new Set(one.resources.map((r) => r.account))]).toEqual([SUB_A, TENANT]);
    // An unreadable subscription's gap is reported by exactly one shard.
    const scope = { subscriptions: [SUB_A, SUB_OTHER] };
    let gapCount = 0;
    for (const index of [1, 2, 3]) gapCount += (await collect({}, scope, {}, { shard: { index, count: 3 } })).gaps.length;
    expect(gapCount).toBe(1);
  });

  it('stops issuing calls once the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { resources, calls } = await collect({}, { subscriptions: [SUB_A] }, {}, { signal: controller.signal });
    expect(calls).toEqual([]);
    expect(resources).toEqual([]);
  });
});
