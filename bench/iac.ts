import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESOURCES = 100_000;
const TIME_BUDGET_RATIO = 1.5; // issue 21's goal
const RSS_BUDGET_MB = 1024;

/**
 * A `terraform show -json` plan with `n` resource instances (compact, one line, as Terraform
 * writes it): S3 buckets with split encryption/versioning/public-access-block resources, security
 * groups with split ingress rules, KMS keys, EBS volumes and RDS instances, some values unknown.
 */
export function generatePlan(n: number): string {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const config: unknown[] = [];
  const add = (type: string, name: string, after: Record<string, unknown>, unknown: Record<string, unknown>, expressions: Record<string, unknown>) => {
    const address = `${type}.${name}`;
    planned.push({ address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: after, sensitive_values: {} });
    changes.push({ address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: unknown, before_sensitive: false, after_sensitive: {} } });
    config.push({ address, mode: 'managed', type, name, provider_config_key: 'aws', expressions, schema_version: 0 });
  };
  const ref = (a: string) => ({ references: [`${a}.id`, a] });
  for (let i = 0; changes.length < n; i++) {
    const tags = { phi: i % 3 === 0 ? 'true' : 'false', team: `t${i % 50}` };
    const bucket = `b${i}`;
    add('aws_s3_bucket', bucket, { bucket: `acme-${i}`, force_destroy: false, tags, tags_all: tags }, { arn: true, id: true, versioning: true, server_side_encryption_configuration: true, policy: true, logging: true, object_lock_configuration: true, object_lock_enabled: true }, { bucket: { constant_value: `acme-${i}` }, tags: { constant_value: tags } });
    add('aws_s3_bucket_server_side_encryption_configuration', bucket, { bucket: `acme-${i}`, expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: i % 2 ? 'aws:kms' : 'AES256', kms_master_key_id: null }], bucket_key_enabled: true }] }, { id: true }, { bucket: ref(`aws_s3_bucket.${bucket}`), rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'AES256' } }] }] });
    add('aws_s3_bucket_versioning', bucket, { bucket: `acme-${i}`, versioning_configuration: [{ status: i % 4 ? 'Enabled' : 'Suspended' }] }, { id: true, versioning_configuration: [{ mfa_delete: true }] }, { bucket: ref(`aws_s3_bucket.${bucket}`), versioning_configuration: [{ status: { constant_value: 'Enabled' } }] });
    add('aws_s3_bucket_public_access_block', bucket, { bucket: `acme-${i}`, block_public_acls: true, ignore_public_acls: true, block_public_policy: i % 5 !== 0, restrict_public_buckets: true }, { id: true }, { bucket: ref(`aws_s3_bucket.${bucket}`) });
    add('aws_security_group', `sg${i}`, { name: `sg${i}`, description: 'Managed by Terraform', revoke_rules_on_delete: false, tags: null }, { id: true, arn: true, vpc_id: true, ingress: true, egress: true, owner_id: true }, { name: { constant_value: `sg${i}` } });
    add('aws_vpc_security_group_ingress_rule', `r${i}`, { cidr_ipv4: i % 7 ? '10.0.0.0/8' : '0.0.0.0/0', from_port: 22, to_port: 22, ip_protocol: 'tcp', cidr_ipv6: null, prefix_list_id: null, referenced_security_group_id: null }, { id: true, arn: true, security_group_id: true }, { security_group_id: ref(`aws_security_group.sg${i}`) });
    add('aws_kms_key', `k${i}`, { description: `key ${i}`, enable_key_rotation: i % 2 === 0, is_enabled: true, key_usage: 'ENCRYPT_DECRYPT', customer_master_key_spec: 'SYMMETRIC_DEFAULT', rotation_period_in_days: 365, tags: null }, { arn: true, id: true, key_id: true, policy: true }, { description: { constant_value: `key ${i}` } });
    add('aws_ebs_volume', `v${i}`, { availability_zone: 'us-east-1a', size: 100, encrypted: i % 3 !== 0, tags }, { id: true, arn: true, kms_key_id: true, snapshot_id: true }, { availability_zone: { constant_value: 'us-east-1a' }, encrypted: { constant_value: true } });
    add('aws_db_instance', `db${i}`, { identifier: `db${i}`, engine: 'postgres', engine_version: '16.4', storage_encrypted: true, publicly_accessible: false, backup_retention_period: 7, deletion_protection: true, auto_minor_version_upgrade: true, multi_az: false, tags }, { id: true, arn: true, kms_key_id: true, parameter_group_name: true }, { identifier: { constant_value: `db${i}` }, engine: { constant_value: 'postgres' } });
    add('aws_instance', `i${i}`, { ami: 'ami-1', instance_type: 't3.micro', associate_public_ip_address: false, metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled' }], tags }, { id: true, arn: true, subnet_id: true, public_ip: true }, { ami: { constant_value: 'ami-1' }, metadata_options: [{ http_tokens: { constant_value: 'required' } }] });
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: { resources: planned.slice(0, n) } },
    resource_changes: changes.slice(0, n),
    configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'us-east-1' } } } }, root_module: { resources: config.slice(0, n) } },
  });
}

/** CPU time (user + system) since `from`, in ms: steadier than wall time on a shared machine. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** One measurement in this process: `parse` (JSON.parse of the file) or `scan` (read, parse, map, run every check). */
async function child(mode: string, file: string): Promise<Record<string, number>> {
  if (mode === 'parse') {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { resource_changes: unknown[] };
    const ms = performance.now() - started;
    return { ms, cpuMs: cpuMs(cpu), items: parsed.resource_changes.length, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  }
  const { loadTerraformPlans } = await import('../providers/terraform/index.js');
  const { evaluate } = await import('../src/engine/run.js');
  const { ALL_CHECKS } = await import('../checks/index.js');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const resources = await loadTerraformPlans([file], [], { warn: () => {} });
  const mapped = performance.now();
  const loadCpuMs = cpuMs(cpu);
  const result = evaluate(resources, [], ALL_CHECKS, { now: new Date('2026-11-01T00:00:00Z') });
  const done = performance.now();
  return { ms: mapped - started, cpuMs: loadCpuMs, evaluateMs: done - mapped, evaluateCpuMs: cpuMs(cpu) - loadCpuMs, resources: resources.length, findings: result.findings.length, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function spawnChild(mode: string, file: string): Record<string, number> {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', mode, file], { cwd: join(dirname(self), '..'), encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Scan a generated 100,000-resource plan: time and peak RSS against JSON.parse of the same file,
 * each in its own child process (median of 3). "scan" is the IaC input's whole job (read the file,
 * parse, join and map to canonical resources); running the checks on them is reported beside it
 * (`evaluate_*`), as it is the engine's cost and the same for every input. Budget: scan <= 1.5x
 * JSON.parse (reading the file included in both), peak RSS of the whole run (checks included) < 1 GiB.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-bench-iac-'));
  try {
    const file = join(dir, 'plan.json');
    writeFileSync(file, generatePlan(RESOURCES));
    if (process.env.PHISCAN_BENCH_KEEP) writeFileSync(process.env.PHISCAN_BENCH_KEEP, readFileSync(file));
    // Interleaved, so load on the (shared) machine hits both measurements alike.
    const parse: Record<string, number>[] = [];
    const scan: Record<string, number>[] = [];
    for (let i = 0; i < 3; i++) {
      parse.push(spawnChild('parse', file));
      scan.push(spawnChild('scan', file));
    }
    const parseMs = median(parse.map((p) => p.ms ?? NaN));
    const scanMs = median(scan.map((s) => s.ms ?? NaN));
    const parseCpu = median(parse.map((p) => p.cpuMs ?? NaN));
    const scanCpu = median(scan.map((s) => s.cpuMs ?? NaN));
    const last = scan[scan.length - 1] ?? {};
    const rss = Math.max(...scan.map((s) => s.maxRssMb ?? NaN));
    await Promise.resolve();
    const round2 = (x: number) => Math.round(x * 100) / 100;
    return {
      plan_resources: RESOURCES,
      plan_mb: Math.round(statSync(file).size / 1e5) / 10,
      json_parse_ms: Math.round(parseMs),
      json_parse_cpu_ms: Math.round(parseCpu),
      scan_ms: Math.round(scanMs),
      scan_cpu_ms: Math.round(scanCpu),
      ratio: round2(scanMs / parseMs),
      ratio_cpu: round2(scanCpu / parseCpu),
      ratio_budget: TIME_BUDGET_RATIO,
      canonical_resources: last.resources ?? NaN,
      evaluate_ms: Math.round(median(scan.map((s) => s.evaluateMs ?? NaN))),
      evaluate_cpu_ms: Math.round(median(scan.map((s) => s.evaluateCpuMs ?? NaN))),
      findings: last.findings ?? NaN,
      peak_rss_mb: Math.round(rss),
      rss_budget_mb: RSS_BUDGET_MB,
      json_parse_peak_rss_mb: Math.round(Math.max(...parse.map((p) => p.maxRssMb ?? NaN))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3] ?? '', process.argv[4] ?? '')));
} else if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
