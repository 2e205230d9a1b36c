import { afterEach, describe, expect, it } from 'vitest';
import { GCP_CHECKS } from '../../../checks/gcp/index.js';
import { createGcpCollector, GCP_ASSET_TYPES, GCP_READ_RPCS, type GcpCollectorOptions, type GcpScope } from '../../../providers/gcp/index.js';
import type { CollectEvent } from '../../../providers/types.js';
import { runEngine } from '../../../src/engine/run.js';
import type { CoverageGap } from '../../../src/model/coverage.js';
import type { Resource } from '../../../src/model/resource.js';
import { startGcpSimulator, type GcpSimulator, type GcpSimulatorOptions } from '../../../src/simulator/gcp/server.js';
import { ORG_WORLD } from './_world.js';

// Belt and braces: google-auth-library must never probe the GCE metadata server from tests.
process.env.METADATA_SERVER_DETECTION = 'none';

const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 40, maxAttempts: 8 };
let sim: GcpSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function collect(simOptions: Partial<GcpSimulatorOptions>, scope: GcpScope, opts: Partial<GcpCollectorOptions> = {}) {
  sim = await startGcpSimulator({ world: ORG_WORLD, ...simOptions });
  const collector = createGcpCollector(scope, { clientOptions: sim.clientOptions(), retry: FAST_RETRY, ...opts });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined })) events.push(e);
  const resources = events.flatMap((e) => (e.kind === 'resource' ? [e.resource] : []));
  const gaps = events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : []));
  return { events, resources, gaps, byId: new Map(resources.map((r) => [r.id, r])), calls: sim.calls };
}

const ORG: GcpScope = { organization: '100' };

async function* toAsync(events: readonly CollectEvent[]): AsyncGenerator<CollectEvent> {
  for (const e of events) yield await Promise.resolve(e);
}

describe('GCP collector over the loopback Cloud Asset Inventory (gRPC)', () => {
  it('maps an organization with several projects, resolving project numbers to ids', async () => {
    const { resources, gaps, byId } = await collect({}, ORG);
    expect(gaps).toEqual([]);
    const buckets = resources.filter((r) => r.type === 'gcp.storage.bucket');
    expect(buckets.map((b) => `${b.account}:${b.name}`).sort()).toEqual(['alpha-prod:alpha-logs', 'alpha-prod:alpha-records', 'alpha-prod:alpha-tmp', 'beta-prod:beta-exports', 'gamma-prod:gamma-data']);
    const records = byId.get('//storage.googleapis.com/alpha-records') as Resource<'gcp.storage.bucket'>;
    // Struct -> JSON round trip: nested objects, int64-as-string and booleans survive.
    expect(records.config).toMatchObject({ retentionPolicy: { retentionPeriodSeconds: 2592000, isLocked: true }, versioningEnabled: true, publicAccessPrevention: 'enforced', uniformBucketLevelAccess: true });
    expect(records.tags).toEqual({ phi: 'true' });
    expect(records.config.iamBindings).toEqual([{ role: 'roles/storage.objectViewer', members: ['allUsers'], condition: null }]);
    expect((byId.get('//storage.googleapis.com/alpha-logs') as Resource<'gcp.storage.bucket'>).config.iamBindings).toEqual([]);
    const disk = byId.get('//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/disks/d1') as Resource<'gcp.compute.disk'>;
    expect(disk.config.kmsKeyName).toBe('projects/alpha-prod/locations/us/keyRings/r/cryptoKeys/k');
    expect(disk.region).toBe('us-central1-a');
    const db = byId.get('//cloudsql.googleapis.com/projects/beta-prod/instances/db1') as Resource<'gcp.sql.instance'>;
    expect(db.config).toMatchObject({ ipv4Enabled: true, authorizedNetworks: ['0.0.0.0/0'], backupEnabled: true, pointInTimeRecoveryEnabled: false, sslMode: null });
  });

  it('assembles projects: IAM, audit configs, services, metadata and inherited org policies', async () => {
    const { byId } = await collect({}, ORG);
    const alpha = byId.get('//cloudresourcemanager.googleapis.com/projects/1001') as Resource<'gcp.resourcemanager.project'>;
    expect(alpha.name).toBe('alpha-prod');
    expect(alpha.account).toBe('alpha-prod');
    expect(alpha.config.ancestors).toEqual(['projects/1001', 'folders/200', 'organizations/100']);
    expect(alpha.config.auditConfigs).toEqual([{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: [] }, { logType: 'DATA_WRITE', exemptedMembers: [] }] }]);
    expect(alpha.config.enabledServices).toEqual(['compute.googleapis.com', 'securitycenter.googleapis.com']);
    expect(alpha.config.computeMetadata).toEqual({ 'enable-oslogin': 'TRUE', 'enable-oslogin-2fa': 'TRUE' });
    expect(alpha.config.orgPolicyConstraints).toEqual([{ constraint: 'constraints/compute.requireOsLogin', enforced: true, setOn: 'organizations/100' }]);
    expect(alpha.config.orgPolicyAncestorsVisible).toBe(true);
    const beta = byId.get('//cloudresourcemanager.googleapis.com/projects/1002') as Resource<'gcp.resourcemanager.project'>;
    // The nearer folder policy wins over the organization's.
    expect(beta.config.orgPolicyConstraints).toEqual([{ constraint: 'constraints/compute.requireOsLogin', enforced: false, setOn: 'folders/201' }]);
    expect(beta.config.computeMetadata).toBeNull();
    expect(beta.config.enabledServices).toEqual([]);
    expect(byId.get('//orgpolicy.googleapis.com/organizations/100/policies/compute.requireOsLogin')?.type).toBe('gcp.orgpolicy.policy');
  });

  it('pages with page tokens and asks only for declared RPCs and asset types', async () => {
    const { calls, resources } = await collect({}, ORG, { pageSize: 2 });
    expect(resources.filter((r) => r.type === 'gcp.storage.bucket')).toHaveLength(5);
    const bucketPages = calls.filter((c) => c.assetTypes.includes('storage.googleapis.com/Bucket') && c.contentType === 'RESOURCE');
    expect(bucketPages.map((c) => c.assetCount)).toEqual([2, 2, 1]);
    expect(bucketPages[0]!.pageToken).toBe('');
    expect(bucketPages.slice(1).every((c) => c.pageToken !== '')).toBe(true);
    for (const c of calls) {
      expect(GCP_READ_RPCS as readonly string[]).toContain(c.rpc);
      for (const t of c.assetTypes) expect(GCP_ASSET_TYPES).toContain(t);
    }
    expect(new Set(calls.map((c) => c.contentType))).toEqual(new Set(['RESOURCE', 'IAM_POLICY', 'ORG_POLICY']));
  });

  it('rides out RESOURCE_EXHAUSTED throttling with backoff and loses nothing', async () => {
    const baseline = await collect({}, ORG);
    await sim?.close();
    const throttled = await collect({ rateLimit: { capacity: 3, refillPerSecond: 100 } }, ORG, { concurrency: 6, retry: { baseDelayMs: 10, maxDelayMs: 200, maxAttempts: 12 } });
    expect(throttled.calls.some((c) => c.status === 'RESOURCE_EXHAUSTED')).toBe(true);
    expect(throttled.gaps).toEqual([]);
    expect(throttled.resources.map((r) => r.id)).toEqual(baseline.resources.map((r) => r.id));
  });

  it('retries UNAVAILABLE and succeeds; gives up after maxAttempts with a gap', async () => {
    const transient = await collect({ faults: [{ assetType: 'compute.googleapis.com/Disk', code: 'UNAVAILABLE', times: 2 }] }, ORG);
    expect(transient.calls.filter((c) => c.assetTypes.includes('compute.googleapis.com/Disk')).map((c) => c.status)).toEqual(['UNAVAILABLE', 'UNAVAILABLE', 'OK']);
    expect(transient.resources.some((r) => r.type === 'gcp.compute.disk')).toBe(true);
    expect(transient.gaps).toEqual([]);
    await sim?.close();
    const down = await collect({ faults: [{ assetType: 'compute.googleapis.com/Disk', code: 'UNAVAILABLE' }] }, ORG, { retry: { ...FAST_RETRY, maxAttempts: 3 } });
    expect(down.calls.filter((c) => c.assetTypes.includes('compute.googleapis.com/Disk'))).toHaveLength(3);
    expect(down.gaps).toMatchObject([{ provider: 'gcp', service: 'cloudasset', operation: 'ListAssets', resourceTypes: ['gcp.compute.disk'], reason: 'error', errorCode: 'UNAVAILABLE' }]);
  });

  it('turns a permission-denied asset type into a coverage gap and not_assessed findings', async () => {
    const { gaps, resources, events } = await collect({ faults: [{ assetType: 'sqladmin.googleapis.com/Instance', code: 'PERMISSION_DENIED' }] }, ORG);
    expect(gaps).toHaveLength(1);
    const gap = gaps[0] as CoverageGap;
    expect(gap).toMatchObject({ resourceTypes: ['gcp.sql.instance'], reason: 'access-denied', errorCode: 'PERMISSION_DENIED', account: undefined });
    expect(gap.message).toContain('organizations/100');
    expect(resources.some((r) => r.type === 'gcp.sql.instance')).toBe(false);
    expect(resources.some((r) => r.type === 'gcp.storage.bucket')).toBe(true);
    const result = await runEngine(toAsync(events), GCP_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const sqlChecks = new Set(GCP_CHECKS.filter((c) => c.meta.resourceTypes.includes('gcp.sql.instance')).map((c) => c.meta.id));
    const sqlFindings = result.findings.filter((f) => sqlChecks.has(f.checkId));
    expect(sqlFindings.length).toBeGreaterThanOrEqual(sqlChecks.size);
    expect(sqlFindings.every((f) => f.status === 'not_assessed')).toBe(true);
  });

  it('reads folder and organization audit configs and SCC service settings, which projects inherit', async () => {
    const SHA = 'securitycentermanagement.googleapis.com/SecurityCenterService';
    const world = {
      ...ORG_WORLD,
      organization: {
        ...ORG_WORLD.organization!, iamPolicy: { bindings: [], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_WRITE' }] }] },
        assets: [{ assetType: SHA, name: '//securitycentermanagement.googleapis.com/organizations/100/locations/global/securityCenterServices/security-health-analytics', location: 'global', data: { name: 'organizations/100/locations/global/securityCenterServices/security-health-analytics', intendedEnablementState: 'ENABLED', effectiveEnablementState: 'ENABLED' } }],
      },
      folders: ORG_WORLD.folders!.map((f) => (f.id === '200' ? { ...f, iamPolicy: { bindings: [], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }] }] } } : f)),
      projects: ORG_WORLD.projects.map((p) => (p.projectId !== 'beta-prod' ? p : {
        ...p,
        assets: [...(p.assets ?? []), { assetType: SHA, name: '//securitycentermanagement.googleapis.com/projects/1002/locations/global/securityCenterServices/security-health-analytics', location: 'global', data: { name: 'projects/1002/locations/global/securityCenterServices/security-health-analytics', intendedEnablementState: 'DISABLED', effectiveEnablementState: 'DISABLED' } }],
      })),
    };
    const project = (events: CollectEvent[], n: string) => events.flatMap((e) => (e.kind === 'resource' && e.resource.id === `//cloudresourcemanager.googleapis.com/projects/${n}` ? [e.resource as Resource<'gcp.resourcemanager.project'>] : []))[0]!;
    const org = await collect({ world }, ORG);
    const beta = project(org.events, '1002');
    expect(beta.config.ancestorIamPolicies).toEqual([
      { node: 'folders/201', bindings: [], auditConfigs: [] },
      { node: 'folders/200', bindings: [], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: [] }] }] },
      { node: 'organizations/100', bindings: [], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_WRITE', exemptedMembers: [] }] }] },
    ]);
    // Organization-level activation reaches gamma; beta's own setting turns it off.
    expect(project(org.events, '1003').config.securityHealthAnalytics).toEqual({ state: 'ENABLED', setOn: 'organizations/100' });
    expect(beta.config.securityHealthAnalytics).toEqual({ state: 'DISABLED', setOn: 'projects/1002' });
    const engine = await runEngine(toAsync(org.events), GCP_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    const status = (check: string, n: string) => engine.findings.find((f) => f.checkId === check && f.resource.id === `//cloudresourcemanager.googleapis.com/projects/${n}`)?.status;
    expect(status('gcp-resourcemanager-data-access-audit-logs', '1002')).toBe('pass');
    expect(status('gcp-resourcemanager-data-access-audit-logs', '1003')).toBe('fail');
    expect(status('gcp-resourcemanager-security-command-center', '1003')).toBe('pass');
    expect(status('gcp-resourcemanager-security-command-center', '1002')).toBe('fail');
    await sim?.close();
    // At project scope the ancestors' policies are out of sight: unknown, not "none".
    const alone = await collect({ world }, { projects: ['gamma-prod'] });
    expect(project(alone.events, '1003').config.ancestorIamPolicies).toBeUndefined();
    expect(project(alone.events, '1003').config.securityHealthAnalytics).toBeNull();
    const engineAlone = await runEngine(toAsync(alone.events), GCP_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
    expect(engineAlone.findings.filter((f) => ['gcp-resourcemanager-data-access-audit-logs', 'gcp-resourcemanager-security-command-center'].includes(f.checkId)).map((f) => f.status)).toEqual(['not_assessed', 'not_assessed']);
  });

  it('records VMs whose own metadata overrides the project\'s OS Login settings', async () => {
    const world = {
      ...ORG_WORLD,
      projects: ORG_WORLD.projects.map((p) => (p.projectId !== 'alpha-prod' ? p : {
        ...p,
        assets: [...(p.assets ?? []),
          { assetType: 'compute.googleapis.com/Instance', name: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/legacy', location: 'us-central1-a', data: { name: 'legacy', status: 'RUNNING', metadata: { items: [{ key: 'enable-oslogin', value: 'FALSE' }] } } },
          { assetType: 'compute.googleapis.com/Instance', name: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/plain', location: 'us-central1-a', data: { name: 'plain', status: 'RUNNING' } }],
      })),
    };
    const { byId } = await collect({ world }, ORG);
    const alpha = byId.get('//cloudresourcemanager.googleapis.com/projects/1001') as Resource<'gcp.resourcemanager.project'>;
    expect(alpha.config.vmOsLoginOverrides).toEqual([{ instance: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/legacy', enableOsLogin: 'FALSE', enableOsLogin2fa: null }]);
    await sim?.close();
    const denied = await collect({ world, faults: [{ assetType: 'compute.googleapis.com/Instance', code: 'PERMISSION_DENIED' }] }, ORG);
    expect((denied.byId.get('//cloudresourcemanager.googleapis.com/projects/1001') as Resource<'gcp.resourcemanager.project'>).config.vmOsLoginOverrides).toBeUndefined();
  });

  it('leaves bucket IAM undefined (not empty) when the IAM_POLICY listing is denied', async () => {
    const { byId, gaps } = await collect({ faults: [{ assetType: 'storage.googleapis.com/Bucket', contentType: 'IAM_POLICY', code: 'PERMISSION_DENIED' }] }, ORG);
    const bucket = byId.get('//storage.googleapis.com/alpha-records') as Resource<'gcp.storage.bucket'>;
    expect(bucket.config.iamBindings).toBeUndefined();
    expect(bucket.config.versioningEnabled).toBe(true);
    expect(gaps.map((g) => g.errorCode)).toEqual(['PERMISSION_DENIED']);
  });

  it('at project scope inside folders, says ancestors\' org policies are not visible', async () => {
    const { byId, resources, calls } = await collect({}, { projects: ['beta-prod'] });
    expect(new Set(calls.map((c) => c.parent))).toEqual(new Set(['projects/beta-prod']));
    expect(resources.every((r) => r.account === 'beta-prod' || r.type === 'gcp.orgpolicy.policy')).toBe(true);
    const beta = byId.get('//cloudresourcemanager.googleapis.com/projects/1002') as Resource<'gcp.resourcemanager.project'>;
    expect(beta.config.orgPolicyAncestorsVisible).toBe(false);
    expect(beta.config.orgPolicyConstraints).toEqual([]);
  });

  it('stops calling once aborted and reports what it could not read', async () => {
    sim = await startGcpSimulator({ world: ORG_WORLD });
    const controller = new AbortController();
    controller.abort();
    const collector = createGcpCollector(ORG, { clientOptions: sim.clientOptions() });
    const events: CollectEvent[] = [];
    for await (const e of collector.collect({ log: () => undefined, signal: controller.signal })) events.push(e);
    expect(sim.calls).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.kind === 'gap' && e.gap.errorCode === 'CANCELLED')).toBe(true);
  });

  it('is deterministic: same world, byte-identical events', async () => {
    const a = await collect({}, ORG, { concurrency: 2 });
    await sim?.close();
    const b = await collect({ latencyMs: 3 }, ORG, { concurrency: 7 });
    expect(JSON.stringify(b.events)).toBe(JSON.stringify(a.events));
  });
});
