import { describe, expect, it } from 'vitest';
import { chooseApiVersion, resourceGraphQuery } from '../../../providers/azure/inventory.js';
import { ARM_MAPPERS, ARM_TYPES, conditionalAccessPolicies, mapperFor } from '../../../providers/azure/mappers.js';
import { childrenOf, type ArmRecord, type ChildResult, type Joins } from '../../../providers/azure/records.js';
import { AzureCallError, classify, oneLine, type JsonObject } from '../../../providers/azure/rest.js';
import { AZURE_RESOURCE_TYPES } from '../../../src/model/types/azure/index.js';

const record = (type: string, properties: JsonObject, extra: Partial<ArmRecord> = {}): ArmRecord => ({
  id: `/subscriptions/s/resourceGroups/rg/providers/${type}/x`, name: 'x', type, location: 'eastus', subscriptionId: 's', tags: {}, sku: null, kind: null, managedBy: null, properties, ...extra,
});
/** A mapped config as a plain record, to read fields whatever the type. */
const cfg = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;
const NO_JOINS: Joins = { nics: new Map(), flowLogs: [], protectedSourceIds: new Set(), patchAssessments: new Map() };
const kids = (entries: Record<string, ChildResult>) => childrenOf(new Map(Object.entries(entries)));
const ok = (value: JsonObject | JsonObject[] | null): ChildResult => ({ ok: true, value });
const denied: ChildResult = { ok: false, error: new AzureCallError(403, 'AuthorizationFailed', 'access-denied', 'no') };

describe('Azure mappers (ARM JSON -> canonical config)', () => {
  it('cover every canonical Azure type read from ARM, each ARM type once', () => {
    const fromArm = AZURE_RESOURCE_TYPES.filter((d) => d.native.arm && d.type !== 'azure.resources.subscription').map((d) => d.type).sort();
    expect([...new Set(ARM_MAPPERS.flatMap((m) => [m.resourceType, ...(m.derives ?? [])]))].sort()).toEqual(fromArm);
    expect(new Set(ARM_TYPES.map((t) => t.toLowerCase())).size).toBe(ARM_TYPES.length);
    for (const m of ARM_MAPPERS) expect(AZURE_RESOURCE_TYPES.find((d) => d.type === m.resourceType)?.native.arm, m.resourceType).toBe(m.armType);
  });

  it('storage: a FileStorage account has no blob service (null), a denied read leaves it unknown', () => {
    const m = mapperFor('microsoft.storage/storageaccounts');
    const file = record('Microsoft.Storage/storageAccounts', { encryption: { keySource: 'Microsoft.Storage' } }, { kind: 'FileStorage' });
    expect(m?.children?.find((c) => c.key === 'blob')?.when?.(file)).toBe(false);
    const nulls = cfg(m?.map(file, kids({ blob: ok(null), blobDiagnostics: ok(null) }), NO_JOINS));
    expect(nulls.blobService).toBeNull();
    expect(nulls.blobDiagnosticSettings).toEqual([]);
    expect(nulls.minimumTlsVersion).toBeNull();
    const unknown = cfg(m?.map(record('Microsoft.Storage/storageAccounts', {}), kids({ blob: denied, blobDiagnostics: denied }), NO_JOINS));
    expect(unknown.blobService).toBeUndefined();
    expect(unknown.blobDiagnosticSettings).toBeUndefined();
    expect(unknown.encryption).toBeUndefined();
  });

  it('Recovery Services: older vaults fall back to the legacy vaultconfig / storage config resources', () => {
    const m = mapperFor('Microsoft.RecoveryServices/vaults');
    const old = record('Microsoft.RecoveryServices/vaults', {});
    expect(m?.children?.filter((c) => c.when?.(old)).map((c) => c.key)).toEqual(['vaultConfig', 'storageConfig']);
    const config = m?.map(old, kids({ protectedItems: ok([]), vaultConfig: ok({ properties: { softDeleteFeatureState: 'Enabled' } }), storageConfig: ok({ properties: { storageModelType: 'LocallyRedundant', crossRegionRestoreFlag: false } }) }), NO_JOINS);
    expect(config).toMatchObject({ softDeleteState: 'Enabled', standardTierStorageRedundancy: 'LocallyRedundant', crossRegionRestore: 'Disabled', protectedItemSourceIds: [], immutabilityState: null });
  });

  it('VMs: power state from the instance view on the ARM path; NICs and backup unknown when their sources are', () => {
    const m = mapperFor('Microsoft.Compute/virtualMachines');
    const vm = record('Microsoft.Compute/virtualMachines', { networkProfile: { networkInterfaces: [{ id: '/n/nic1' }] } });
    expect(m?.children?.find((c) => c.key === 'instanceView')?.when?.(vm)).toBe(true);
    const config = m?.map(vm, kids({ instanceView: ok({ statuses: [{ code: 'ProvisioningState/succeeded' }, { code: 'PowerState/deallocated' }] }), extensions: ok([]) }), { nics: undefined, flowLogs: [], protectedSourceIds: undefined, patchAssessments: undefined });
    expect(config).toMatchObject({ powerState: 'deallocated', networkInterfaces: undefined, backupProtected: undefined, extensionTypes: [], encryptionAtHost: null });
    // A NIC that is not in the inventory makes the VM's interfaces unknown, not "none".
    expect(cfg(m?.map(vm, kids({ instanceView: ok({ statuses: [] }), extensions: ok([]) }), NO_JOINS)).networkInterfaces).toBeUndefined();
  });

  it('NSG rules merge the singular and plural address/port fields', () => {
    const config = mapperFor('Microsoft.Network/networkSecurityGroups')?.map(record('Microsoft.Network/networkSecurityGroups', {
      securityRules: [{ name: 'r', properties: { direction: 'Inbound', access: 'Allow', protocol: '*', priority: 200, sourceAddressPrefixes: ['1.2.3.0/24'], sourceAddressPrefix: '*', destinationPortRanges: ['3389', '22'] } }],
    }), kids({}), NO_JOINS);
    expect(config).toMatchObject({ securityRules: [{ sourceAddressPrefixes: ['1.2.3.0/24', '*'], destinationPortRanges: ['3389', '22'], protocol: '*' }], subnetIds: [] });
  });

  it('flexible servers: a missing parameter is absent, a failed parameter read makes all parameters unknown', () => {
    const m = mapperFor('Microsoft.DBforMySQL/flexibleServers');
    const r = record('Microsoft.DBforMySQL/flexibleServers', { network: { publicNetworkAccess: 'Enabled' } });
    expect(cfg(m?.map(r, kids({ firewallRules: ok([]), 'param:require_secure_transport': ok({ properties: { value: 'ON' } }), 'param:tls_version': ok(null) }), NO_JOINS)).parameters).toEqual({ require_secure_transport: 'ON' });
    expect(cfg(m?.map(r, kids({ firewallRules: ok([]), 'param:require_secure_transport': denied, 'param:tls_version': ok(null) }), NO_JOINS)).parameters).toBeUndefined();
  });

  it('API version: the pinned one when advertised or nothing is known, else the newest stable', () => {
    expect(chooseApiVersion('2023-05-01', undefined)).toBe('2023-05-01');
    expect(chooseApiVersion('2023-05-01', ['2024-01-01', '2023-05-01'])).toBe('2023-05-01');
    expect(chooseApiVersion('2023-05-01', ['2022-09-01', '2024-01-01', '2025-01-01-preview'])).toBe('2024-01-01');
    expect(chooseApiVersion('2023-05-01', ['2025-01-01-preview'])).toBe('2025-01-01-preview');
  });

  it('the Resource Graph query names every type read, lower-cased', () => {
    const q = resourceGraphQuery(ARM_TYPES);
    for (const t of ARM_TYPES) expect(q).toContain(`'${t.toLowerCase()}'`);
    expect(q).toMatch(/\| order by id asc$/);
  });

  it('error messages are one line and never carry a token', () => {
    expect(oneLine('failed Bearer eyJabc.def.ghi\nsecond line')).toBe('failed Bearer ***');
    expect(classify(new AzureCallError(429, 'TooManyRequests', 'throttled', 'x')).reason).toBe('throttled');
    const noCredential = Object.assign(new Error('DefaultAzureCredential failed to retrieve a token.\nEnvironmentCredential is unavailable.'), { name: 'CredentialUnavailableError' });
    expect(classify(noCredential)).toMatchObject({ code: 'CredentialUnavailableError', reason: 'access-denied', message: 'no Azure credential: DefaultAzureCredential failed to retrieve a token.' });
  });
});

describe('conditional access policies (Graph v1.0 conditionalAccessPolicy)', () => {
  it('keep every condition, exclusion and the strength requirements as Graph returns them', () => {
    const [p] = conditionalAccessPolicies([{
      id: 'p1', displayName: 'MFA for guests on Windows', state: 'enabled',
      conditions: {
        userRiskLevels: ['medium'], signInRiskLevels: [], clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'], servicePrincipalRiskLevels: [], insiderRiskLevels: null,
        platforms: { includePlatforms: ['windows'], excludePlatforms: [] }, locations: null, devices: null, clientApplications: null, authenticationFlows: { transferMethods: 'deviceCodeFlow' },
        applications: { includeApplications: ['All'], excludeApplications: ['00000002-0000-0ff1-ce00-000000000000'], includeUserActions: [], includeAuthenticationContextClassReferences: [], applicationFilter: null },
        users: {
          includeUsers: [], excludeUsers: [], includeGroups: [], excludeGroups: ['g1'], includeRoles: [], excludeRoles: [],
          includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest', externalTenants: { membershipKind: 'all' } }, excludeGuestsOrExternalUsers: null,
        },
      },
      grantControls: { operator: 'OR', builtInControls: [], customAuthenticationFactors: [], termsOfUse: [], authenticationStrength: { id: 'custom-1', displayName: 'Email OTP', policyType: 'custom', requirementsSatisfied: 'none', allowedCombinations: ['email'] } },
    }]);
    expect(p?.conditions).toMatchObject({
      userRiskLevels: ['medium'], clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'], insiderRiskLevels: [], locations: null, deviceFilter: null, authenticationFlows: ['deviceCodeFlow'],
      platforms: { include: ['windows'], exclude: [] },
      applications: { includeApplications: ['All'], excludeApplications: ['00000002-0000-0ff1-ce00-000000000000'] },
      users: { excludeGroups: ['g1'], includeGuestsOrExternalUsers: 'internalGuest,b2bCollaborationGuest', excludeGuestsOrExternalUsers: null },
    });
    expect(p?.grantControls?.authenticationStrength).toEqual({ id: 'custom-1', requirementsSatisfied: 'none' });
  });
});
