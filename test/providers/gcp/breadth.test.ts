import { afterEach, describe, expect, it } from 'vitest';
import { GCP_CHECKS } from '../../../checks/gcp/index.js';
import { createGcpCollector, type GcpScope } from '../../../providers/gcp/index.js';
import type { CollectEvent } from '../../../providers/types.js';
import { runEngine } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { startGcpSimulator, type GcpFault, type GcpSimulator } from '../../../src/simulator/gcp/server.js';
import type { GcpWorld } from '../../../src/simulator/gcp/world.js';

process.env.METADATA_SERVER_DETECTION = 'none';

const SA_EMAIL = 'app@alpha-prod.iam.gserviceaccount.com';
const OWNERSHIP = '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")';
const SCC = 'securitycentermanagement.googleapis.com/SecurityCenterService';

/**
 * Organization 100 with an aggregated all-logs sink; project alpha (1001) with the logging,
 * monitoring, IAM, OS Config and Backup and DR assets in the shapes the APIs document
 * (LogSink's own `name` is the bare sink id; keys are named by the account's e-mail).
 */
const WORLD: GcpWorld = {
  organization: {
    id: '100',
    iamPolicy: { bindings: [] },
    assets: [
      { assetType: 'logging.googleapis.com/LogSink', name: '//logging.googleapis.com/organizations/100/sinks/org-all', data: { name: 'org-all', destination: 'storage.googleapis.com/org-audit', includeChildren: true, writerIdentity: 'serviceAccount:o100-1@gcp-sa-logging.iam.gserviceaccount.com' } },
      { assetType: SCC, name: '//securitycentermanagement.googleapis.com/organizations/100/locations/global/securityCenterServices/vm-threat-detection', data: { name: 'organizations/100/locations/global/securityCenterServices/vm-threat-detection', intendedEnablementState: 'ENABLED', effectiveEnablementState: 'ENABLED' } },
    ],
  },
  projects: [{
    projectId: 'alpha-prod', projectNumber: '1001', parent: 'organizations/100',
    iamPolicy: { bindings: [{ role: 'roles/editor', members: [`serviceAccount:${SA_EMAIL}`, 'user:alice@example.org'] }, { role: 'roles/iam.serviceAccountUser', members: ['group:deployers@example.org'] }] },
    assets: [
      { assetType: 'logging.googleapis.com/LogSink', name: '//logging.googleapis.com/projects/1001/sinks/_Default', data: { name: '_Default', destination: 'logging.googleapis.com/projects/alpha-prod/locations/global/buckets/_Default', filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity")' } },
      { assetType: 'logging.googleapis.com/LogBucket', name: '//logging.googleapis.com/projects/1001/locations/global/buckets/_Default', location: 'global', data: { name: 'projects/alpha-prod/locations/global/buckets/_Default', retentionDays: 30, lifecycleState: 'ACTIVE' } },
      { assetType: 'logging.googleapis.com/LogMetric', name: '//logging.googleapis.com/projects/1001/metrics/owner-changes', data: { name: 'owner-changes', filter: OWNERSHIP, metricDescriptor: { type: 'logging.googleapis.com/user/owner-changes', metricKind: 'DELTA', valueType: 'INT64' } } },
      { assetType: 'monitoring.googleapis.com/AlertPolicy', name: '//monitoring.googleapis.com/projects/1001/alertPolicies/1', data: { name: 'projects/alpha-prod/alertPolicies/1', displayName: 'owner changes', enabled: true, combiner: 'OR', conditions: [{ displayName: 'c', conditionThreshold: { filter: 'metric.type="logging.googleapis.com/user/owner-changes" AND resource.type="global"', comparison: 'COMPARISON_GT' } }] } },
      { assetType: 'iam.googleapis.com/ServiceAccount', name: '//iam.googleapis.com/projects/alpha-prod/serviceAccounts/111', data: { name: `projects/alpha-prod/serviceAccounts/${SA_EMAIL}`, email: SA_EMAIL, uniqueId: '111' } },
      { assetType: 'iam.googleapis.com/ServiceAccountKey', name: `//iam.googleapis.com/projects/alpha-prod/serviceAccounts/${SA_EMAIL}/keys/abc`, data: { name: `projects/alpha-prod/serviceAccounts/${SA_EMAIL}/keys/abc`, keyType: 'USER_MANAGED', keyAlgorithm: 'KEY_ALG_RSA_2048', validAfterTime: '2026-01-01T00:00:00Z', validBeforeTime: '9999-12-31T23:59:59Z' } },
      { assetType: 'cloudkms.googleapis.com/KeyRing', name: '//cloudkms.googleapis.com/projects/alpha-prod/locations/us/keyRings/r', location: 'us', data: { name: 'projects/alpha-prod/locations/us/keyRings/r' }, iamPolicy: { bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allAuthenticatedUsers'] }] } },
      { assetType: 'compute.googleapis.com/Instance', name: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/vm1', location: 'us-central1-a', data: { name: 'vm1', status: 'RUNNING', shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true } } },
      { assetType: 'osconfig.googleapis.com/PatchDeployment', name: '//osconfig.googleapis.com/projects/alpha-prod/patchDeployments/weekly', data: { name: 'projects/alpha-prod/patchDeployments/weekly', instanceFilter: { zones: ['us-central1-a'] }, recurringSchedule: { frequency: 'WEEKLY', weekly: { dayOfWeek: 'SUNDAY' } }, state: 'ACTIVE' } },
      { assetType: 'backupdr.googleapis.com/BackupPlan', name: '//backupdr.googleapis.com/projects/alpha-prod/locations/us-central1/backupPlans/weekly', location: 'us-central1', data: { name: 'projects/alpha-prod/locations/us-central1/backupPlans/weekly', resourceType: 'compute.googleapis.com/Instance', backupVault: 'projects/alpha-prod/locations/us-central1/backupVaults/v1', backupRules: [{ ruleId: 'weekly', backupRetentionDays: 30, standardSchedule: { recurrenceType: 'WEEKLY', daysOfWeek: ['SUNDAY'], timeZone: 'UTC' } }], state: 'ACTIVE' } },
      { assetType: 'backupdr.googleapis.com/BackupPlanAssociation', name: '//backupdr.googleapis.com/projects/alpha-prod/locations/us-central1/backupPlanAssociations/vm1', location: 'us-central1', data: { name: 'projects/alpha-prod/locations/us-central1/backupPlanAssociations/vm1', resourceType: 'compute.googleapis.com/Instance', resource: '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/vm1', backupPlan: 'projects/alpha-prod/locations/us-central1/backupPlans/weekly', dataSource: 'projects/1001/locations/us-central1/backupVaults/v1/dataSources/ds1', state: 'ACTIVE' } },
    ],
  }],
};

let sim: GcpSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function scan(scope: GcpScope, faults: readonly GcpFault[] = []) {
  sim = await startGcpSimulator({ world: WORLD, faults });
  const collector = createGcpCollector(scope, { clientOptions: sim.clientOptions(), retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 } });
  const events: CollectEvent[] = [];
  for await (const e of collector.collect({ log: () => undefined })) events.push(e);
  const result = await runEngine((async function* () { for (const e of events) yield await Promise.resolve(e); })(), GCP_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
  const byId = new Map(events.flatMap((e) => (e.kind === 'resource' ? [[e.resource.id, e.resource] as const] : [])));
  const status = (check: string, id = '//cloudresourcemanager.googleapis.com/projects/1001') => result.findings.find((f) => f.checkId === check && f.resource.id === id)?.status;
  return { byId, status, gaps: events.flatMap((e) => (e.kind === 'gap' ? [e.gap] : [])) };
}

describe('GCP breadth: logging, monitoring, IAM, OS Config and Backup and DR assets from Cloud Asset Inventory', () => {
  it('maps the new asset types and joins keys, key ring IAM and aggregated sinks', async () => {
    const { byId, gaps } = await scan({ organization: '100' });
    expect(gaps).toEqual([]);
    const project = byId.get('//cloudresourcemanager.googleapis.com/projects/1001') as Resource<'gcp.resourcemanager.project'>;
    expect(project.config.inheritedSinks?.map((s) => [s.id, s.owner, s.filter])).toEqual([['//logging.googleapis.com/organizations/100/sinks/org-all', 'organizations/100', '']]);
    expect(project.config.vmThreatDetection).toEqual({ state: 'ENABLED', setOn: 'organizations/100' });
    const sink = byId.get('//logging.googleapis.com/projects/1001/sinks/_Default') as Resource<'gcp.logging.sink'>;
    expect(sink.account).toBe('alpha-prod');
    expect(sink.config).toMatchObject({ owner: 'projects/1001', destinationId: '//logging.googleapis.com/projects/alpha-prod/locations/global/buckets/_Default', disabled: false });
    const sa = byId.get('//iam.googleapis.com/projects/alpha-prod/serviceAccounts/111') as Resource<'gcp.iam.service-account'>;
    expect(sa.config.keys?.map((k) => k.keyType)).toEqual(['USER_MANAGED']);
    expect((byId.get('//cloudkms.googleapis.com/projects/alpha-prod/locations/us/keyRings/r') as Resource<'gcp.kms.key-ring'>).config.iamBindings?.[0]?.members).toEqual(['allAuthenticatedUsers']);
    expect((byId.get('//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/vm1') as Resource<'gcp.compute.instance'>).config).toMatchObject({ shieldedSecureBoot: false, shieldedVtpm: true, shieldedIntegrityMonitoring: true });
  });

  it('judges them: every verdict names what decided it', async () => {
    const { status } = await scan({ organization: '100' });
    expect(status('gcp-logging-project-sink-all-logs')).toBe('pass');
    expect(status('gcp-logging-alert-project-ownership-changes')).toBe('pass');
    expect(status('gcp-logging-alert-firewall-changes')).toBe('fail');
    expect(status('gcp-logging-bucket-retention', '//logging.googleapis.com/projects/1001/locations/global/buckets/_Default')).toBe('fail');
    // The _Default sink's destination (named by project id) is the _Default bucket (named by number): found, not locked.
    expect(status('gcp-logging-sink-destination-locked', '//logging.googleapis.com/projects/1001/sinks/_Default')).toBe('fail');
    // The organization sink's destination bucket is outside the scan.
    expect(status('gcp-logging-sink-destination-locked', '//logging.googleapis.com/organizations/100/sinks/org-all')).toBe('not_assessed');
    expect(status('gcp-iam-no-basic-roles-on-users')).toBe('fail');
    expect(status('gcp-iam-no-service-account-user-at-project')).toBe('fail');
    expect(status('gcp-iam-service-account-no-admin-roles', '//iam.googleapis.com/projects/alpha-prod/serviceAccounts/111')).toBe('fail');
    expect(status('gcp-iam-no-user-managed-service-account-keys', '//iam.googleapis.com/projects/alpha-prod/serviceAccounts/111')).toBe('fail');
    expect(status('gcp-kms-key-not-public', '//cloudkms.googleapis.com/projects/alpha-prod/locations/us/keyRings/r')).toBe('fail');
    expect(status('gcp-securitycenter-vm-threat-detection')).toBe('pass');
    expect(status('gcp-osconfig-patch-deployment-present')).toBe('pass');
    expect(status('gcp-compute-instance-shielded-vm', '//compute.googleapis.com/projects/alpha-prod/zones/us-central1-a/instances/vm1')).toBe('fail');
    expect(status('gcp-backupdr-plan-frequency-48h', '//backupdr.googleapis.com/projects/alpha-prod/locations/us-central1/backupPlans/weekly')).toBe('fail');
    expect(status('gcp-backupdr-vault-separate-project', '//backupdr.googleapis.com/projects/alpha-prod/locations/us-central1/backupPlanAssociations/vm1')).toBe('fail');
  });

  it('never passes on what it could not read: a project scan and denied listings are not assessed', async () => {
    const denied = (assetType: string): GcpFault => ({ assetType, code: 'PERMISSION_DENIED' });
    const { status, byId } = await scan({ projects: ['alpha-prod'] }, [denied('logging.googleapis.com/LogMetric'), denied('iam.googleapis.com/ServiceAccountKey'), denied('osconfig.googleapis.com/PatchDeployment')]);
    // Only the _Default sink is visible, and the organization's sinks are out of sight.
    expect((byId.get('//cloudresourcemanager.googleapis.com/projects/1001') as Resource<'gcp.resourcemanager.project'>).config.inheritedSinks).toBeUndefined();
    expect(status('gcp-logging-project-sink-all-logs')).toBe('not_assessed');
    expect(status('gcp-logging-alert-project-ownership-changes')).toBe('not_assessed');
    expect(status('gcp-logging-alert-firewall-changes')).toBe('not_assessed');
    expect(status('gcp-iam-no-user-managed-service-account-keys', '//iam.googleapis.com/projects/alpha-prod/serviceAccounts/111')).toBe('not_assessed');
    expect(status('gcp-osconfig-patch-deployment-present')).toBe('not_assessed');
    expect(status('gcp-securitycenter-vm-threat-detection')).toBe('not_assessed');
  });
});
