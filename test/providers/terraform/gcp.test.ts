import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import { evaluate } from '../../../src/engine/run.js';
import { isType, type Resource } from '../../../src/model/resource.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };
const CHECK = 'gcp-resourcemanager-data-access-audit-logs';

async function load(hcl: string): Promise<Resource<'gcp.resourcemanager.project'>[]> {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-gcp-'));
  writeFileSync(join(d, 'main.tf'), hcl);
  const rs = await loadTerraformDirs([d], quiet);
  return rs.filter((r): r is Resource<'gcp.resourcemanager.project'> => isType(r, 'gcp.resourcemanager.project'));
}

const audit = (name: string, attrs: string, ...types: string[]) =>
  `resource "google_project_iam_audit_config" "${name}" {\n${attrs}\n${types.map((t) => `  audit_log_config {\n    log_type = ${t.startsWith('var.') ? t : `"${t}"`}\n  }`).join('\n')}\n}\n`;
const PROVIDER = 'provider "google" {\n  project = "acme-phi-prod"\n}\n';

function status(rs: readonly Resource[], id: string, checkId = CHECK): string | undefined {
  return evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings.find((f) => f.checkId === checkId && f.resource.id === id)?.status;
}

describe('google_project_iam_audit_config mapping', () => {
  it('maps the fixture stacks to one project each: what the configuration declares is known, the rest undefined', async () => {
    const [compliant, ...more] = (await loadTerraformDirs([join(root, 'fixtures/iac/gcp/compliant')], quiet)).filter((r) => isType(r, 'gcp.resourcemanager.project'));
    expect(more).toEqual([]);
    expect(compliant).toMatchObject({ id: 'terraform:google_project_iam_audit_config.all', name: 'acme-phi-prod', account: 'acme-phi-prod', region: 'global', source: { kind: 'iac', address: 'google_project_iam_audit_config.all', line: 69 } });
    expect(compliant?.config).toEqual({
      projectNumber: undefined, lifecycleState: undefined, ancestors: undefined, iamBindings: undefined, enabledServices: undefined, computeMetadata: undefined, orgPolicyConstraints: undefined, orgPolicyAncestorsVisible: false,
      ancestorIamPolicies: undefined, vmOsLoginOverrides: undefined, securityHealthAnalytics: undefined,
      auditConfigs: [
        { service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ', exemptedMembers: [] }, { logType: 'DATA_READ', exemptedMembers: [] }, { logType: 'DATA_WRITE', exemptedMembers: [] }] },
        { service: 'storage.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: ['serviceAccount:backup@acme-phi-prod.iam.gserviceaccount.com'] }] },
      ],
    });
    const rs = await loadTerraformDirs([join(root, 'fixtures/iac/gcp/compliant')], quiet);
    expect(status(rs, 'terraform:google_project_iam_audit_config.all')).toBe('pass');
    // The noncompliant allServices config lacks DATA_READ, but a folder or the organization above the project may enable it.
    const bad = await loadTerraformDirs([join(root, 'fixtures/iac/gcp/noncompliant')], quiet);
    expect(status(bad, 'terraform:google_project_iam_audit_config.all')).toBe('not_assessed');
  });

  it('joins the audit configs of one project (literal or provider project) into the first by address, with their suppressions', async () => {
    const hcl = PROVIDER
      + '# phiscan:ignore gcp-resourcemanager-no-public-iam project IAM is managed by the org team\n'
      + audit('zeta', '  service = "allServices"', 'DATA_READ', 'DATA_WRITE')
      + audit('alpha', '  project = "acme-phi-prod"\n  service = "storage.googleapis.com"', 'DATA_READ')
      + audit('other', '  project = "acme-other"\n  service = "storage.googleapis.com"', 'DATA_READ', 'DATA_WRITE');
    const rs = await load(hcl);
    expect(rs.map((r) => [r.id, r.account, r.config.auditConfigs?.map((c) => c.service)])).toEqual([
      ['terraform:google_project_iam_audit_config.alpha', 'acme-phi-prod', ['allServices', 'storage.googleapis.com']],
      ['terraform:google_project_iam_audit_config.other', 'acme-other', ['storage.googleapis.com']],
    ]);
    expect(rs[0]?.source).toMatchObject({ address: 'google_project_iam_audit_config.alpha', line: 14, suppressions: [{ checkId: 'gcp-resourcemanager-no-public-iam', reason: 'project IAM is managed by the org team' }] });
    expect(status(rs, 'terraform:google_project_iam_audit_config.alpha')).toBe('pass');
    // Only a per-service config is declared for acme-other: its allServices config may be set outside the configuration.
    expect(status(rs, 'terraform:google_project_iam_audit_config.other')).toBe('not_assessed');
  });

  it('never joins across an unknown project; groups by the google_project a config refers to (its literal project_id, else the resource)', async () => {
    const hcl = 'variable "project" {}\nresource "google_project" "p" {\n  name       = "ePHI"\n  project_id = "acme-new"\n}\n'
      + audit('read', '  project = google_project.p.project_id\n  service = "allServices"', 'DATA_READ')
      + audit('write', '  project = google_project.p.project_id\n  service = "bigquery.googleapis.com"', 'DATA_WRITE')
      + audit('sql', '  project = "acme-new"\n  service = "cloudsql.googleapis.com"', 'DATA_READ')
      + 'resource "google_project" "q" {\n  name       = "later"\n  project_id = var.project\n}\n'
      + audit('q_all', '  project = google_project.q.project_id\n  service = "allServices"', 'DATA_READ')
      + audit('q_sql', '  project = google_project.q.project_id\n  service = "cloudsql.googleapis.com"', 'DATA_WRITE')
      + audit('var_a', '  project = var.project\n  service = "allServices"', 'ADMIN_READ')
      + audit('var_b', '  project = var.project\n  service = "storage.googleapis.com"', 'DATA_READ', 'DATA_WRITE');
    const rs = await load(hcl);
    expect(rs.map((r) => [r.id, r.name, r.config.auditConfigs?.length])).toEqual([
      ['terraform:google_project_iam_audit_config.read', 'acme-new', 3],
      ['terraform:google_project_iam_audit_config.q_all', 'google_project_iam_audit_config.q_all', 2],
      ['terraform:google_project_iam_audit_config.var_a', 'google_project_iam_audit_config.var_a', 1],
      ['terraform:google_project_iam_audit_config.var_b', 'google_project_iam_audit_config.var_b', 1],
    ]);
    // Lacking DATA_WRITE for allServices is not a failure while the ancestors' audit configs are unknown.
    expect(status(rs, 'terraform:google_project_iam_audit_config.read')).toBe('not_assessed');
    expect(status(rs, 'terraform:google_project_iam_audit_config.var_a')).toBe('not_assessed');
    expect(status(rs, 'terraform:google_project_iam_audit_config.var_b')).toBe('not_assessed');
  });

  it('drops an audit config whose service or log types are unknown until apply; unknown exempted members stay unknown', async () => {
    const hcl = PROVIDER + 'variable "log_type" {}\nvariable "exempt" {}\n'
      + audit('all', '  service = "allServices"', 'ADMIN_READ', 'var.log_type')
      + 'resource "google_project_iam_audit_config" "sql" {\n  service = "cloudsql.googleapis.com"\n  audit_log_config {\n    log_type         = "DATA_READ"\n    exempted_members = [var.exempt]\n  }\n}\n';
    const [p, ...more] = await load(hcl);
    expect(more).toEqual([]);
    expect(p?.config.auditConfigs).toEqual([{ service: 'cloudsql.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: undefined }] }]);
    expect(status(p ? [p] : [], p?.id ?? '')).toBe('not_assessed');
  });

  it('reads a plan the same way: the planned project groups, a project unknown until apply does not', () => {
    const change = (name: string, after: object, afterUnknown: object = {}) => ({ address: `google_project_iam_audit_config.${name}`, mode: 'managed', type: 'google_project_iam_audit_config', name, change: { actions: ['create'], after, after_unknown: afterUnknown } });
    const cfg = (name: string, expressions: object) => ({ address: `google_project_iam_audit_config.${name}`, mode: 'managed', type: 'google_project_iam_audit_config', name, provider_config_key: 'google', expressions });
    const logs = (...types: string[]) => types.map((log_type) => ({ log_type, exempted_members: [] }));
    const plan = {
      format_version: '1.2',
      resource_changes: [
        change('all', { project: 'acme-phi-prod', service: 'allServices', audit_log_config: logs('DATA_READ', 'DATA_WRITE') }),
        change('sql', { project: 'acme-phi-prod', service: 'cloudsql.googleapis.com', audit_log_config: logs('DATA_READ') }),
        change('later', { service: 'allServices', audit_log_config: logs('DATA_READ') }, { project: true }),
      ],
      configuration: {
        provider_config: { google: { name: 'google', expressions: { project: { constant_value: 'acme-phi-prod' } } } },
        root_module: {
          resources: [
            cfg('all', { service: { constant_value: 'allServices' } }),
            cfg('sql', { project: { constant_value: 'acme-phi-prod' }, service: { constant_value: 'cloudsql.googleapis.com' } }),
            cfg('later', { project: { references: ['google_project.p.project_id', 'google_project.p'] }, service: { constant_value: 'allServices' } }),
          ],
        },
      },
    };
    const rs = mapResources(parsePlan('plan.json', JSON.stringify(plan))).filter((r): r is Resource<'gcp.resourcemanager.project'> => isType(r, 'gcp.resourcemanager.project'));
    expect(rs.map((r) => [r.id, r.name, r.account, r.config.auditConfigs?.map((c) => c.service)])).toEqual([
      ['terraform:google_project_iam_audit_config.all', 'acme-phi-prod', 'acme-phi-prod', ['allServices', 'cloudsql.googleapis.com']],
      // Not the provider's project: the configuration names another one, known only after apply.
      ['terraform:google_project_iam_audit_config.later', 'google_project_iam_audit_config.later', undefined, ['allServices']],
    ]);
    expect(status(rs, 'terraform:google_project_iam_audit_config.all')).toBe('pass');
    expect(status(rs, 'terraform:google_project_iam_audit_config.later')).toBe('not_assessed');
  });

  it('answers not_assessed, never pass, for the project state a configuration does not hold', async () => {
    const rs = await loadTerraformDirs([join(root, 'fixtures/iac/gcp/compliant')], quiet);
    const id = 'terraform:google_project_iam_audit_config.all';
    const all = evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings.filter((f) => f.resource.id === id && f.checkId !== CHECK);
    // Sinks, metrics, alert policies and patch deployments the configuration declares can pass; nothing else does.
    const declared = (c: string) => c === 'gcp-logging-project-sink-all-logs' || c === 'gcp-osconfig-patch-deployment-present' || c.startsWith('gcp-logging-alert-');
    expect(all.filter((f) => declared(f.checkId)).map((f) => f.status)).toEqual(Array(10).fill('pass'));
    const findings = all.filter((f) => !declared(f.checkId));
    expect(findings.map((f) => [f.checkId, f.status, /: not in the configuration \(the project exists before it; scan the project live\)/.test(f.message)]).sort()).toEqual(
      ['gcp-compute-os-login-2sv', 'gcp-iam-no-basic-roles-on-users', 'gcp-iam-no-service-account-user-at-project', 'gcp-resourcemanager-google-sign-in-2sv', 'gcp-resourcemanager-no-public-iam', 'gcp-resourcemanager-os-login-required', 'gcp-resourcemanager-security-command-center', 'gcp-securitycenter-vm-threat-detection'].map((c) => [c, 'not_assessed', true]),
    );
  });
});

describe('google_compute_subnetwork flow logs', () => {
  it('are on with a log_config block or enable_flow_logs = true; an explicit enable_flow_logs decides', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-gcp-subnet-'));
    const subnet = (name: string, body: string) => `resource "google_compute_subnetwork" "${name}" {\n  name          = "${name}"\n  network       = "n"\n  ip_cidr_range = "10.0.0.0/24"\n${body}}\n`;
    writeFileSync(join(d, 'main.tf'), [
      subnet('block', '  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n  }\n'),
      subnet('flag', '  enable_flow_logs = true\n'),
      subnet('off', '  enable_flow_logs = false\n  log_config {\n    flow_sampling = 0.5\n  }\n'),
      subnet('none', ''),
    ].join(''));
    const rs = await loadTerraformDirs([d], quiet);
    const flow = Object.fromEntries(rs.map((r) => [r.name, (r.config as { flowLogsEnabled?: boolean }).flowLogsEnabled]));
    expect(flow).toEqual({ block: true, flag: true, off: false, none: false });
    expect(status(rs, 'terraform:google_compute_subnetwork.flag', 'gcp-compute-subnetwork-flow-logs')).toBe('pass');
  });
});

describe('google_redis_instance, google_secret_manager_secret and google_pubsub_topic encryption settings', () => {
  it('read the provider defaults as known and values unknown until apply as unknown, never as compliant', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-gcp-enc-'));
    const redis = (name: string, body: string) => `resource "google_redis_instance" "${name}" {\n  name           = "${name}"\n  memory_size_gb = 1\n${body}}\n`;
    const secret = (name: string, body: string) => `resource "google_secret_manager_secret" "${name}" {\n  secret_id = "${name}"\n  replication {\n    auto {}\n  }\n${body}}\n`;
    writeFileSync(join(d, 'main.tf'), [
      PROVIDER,
      'variable "mode" {\n  type = string\n}\nvariable "period" {\n  type = string\n}\n',
      redis('tls', '  transit_encryption_mode = "SERVER_AUTHENTICATION"\n'),
      redis('unset', ''),
      redis('variable', '  transit_encryption_mode = var.mode\n'),
      secret('monthly', '  rotation {\n    rotation_period    = "2592000s"\n    next_rotation_time = "2027-01-01T00:00:00Z"\n  }\n'),
      secret('once', '  rotation {\n    next_rotation_time = "2027-01-01T00:00:00Z"\n  }\n'),
      secret('never', ''),
      secret('variable', '  rotation {\n    rotation_period    = var.period\n    next_rotation_time = "2027-01-01T00:00:00Z"\n  }\n'),
      'resource "google_kms_key_ring" "r" {\n  name     = "r"\n  location = "us"\n}\nresource "google_kms_crypto_key" "k" {\n  name     = "k"\n  key_ring = google_kms_key_ring.r.id\n}\n',
      'resource "google_pubsub_topic" "cmek" {\n  name         = "cmek"\n  labels       = { phi = "true" }\n  kms_key_name = google_kms_crypto_key.k.id\n}\n',
      'resource "google_pubsub_topic" "google" {\n  name   = "google"\n  labels = { phi = "true" }\n}\n',
    ].join(''));
    const rs = await loadTerraformDirs([d], quiet);
    const of = (type: string, id: string) => status(rs, `terraform:${type}.${id}`, { google_redis_instance: 'gcp-redis-instance-transit-encryption', google_secret_manager_secret: 'gcp-secretmanager-secret-rotation', google_pubsub_topic: 'gcp-pubsub-topic-cmek' }[type]);
    expect(['tls', 'unset', 'variable'].map((n) => of('google_redis_instance', n))).toEqual(['pass', 'fail', 'not_assessed']);
    expect(['monthly', 'once', 'never', 'variable'].map((n) => of('google_secret_manager_secret', n))).toEqual(['pass', 'fail', 'fail', 'not_assessed']);
    expect(['cmek', 'google'].map((n) => of('google_pubsub_topic', n))).toEqual(['pass', 'fail']);
    expect(rs.find((r) => r.id === 'terraform:google_pubsub_topic.cmek')?.config).toEqual({ kmsKeyName: 'terraform:google_kms_crypto_key.k' });
  });
});
