import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiscan, type CliResult } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';
import { validateSarif } from '../helpers/sarif-multitool.js';

/**
 * Every managed resource of an IaC input is in the asset inventory, with its address and file:line:
 * mapped resources as themselves, split resources as part of their parent (`source.joined`), and
 * everything else as `iac.unmapped` marked "no checks for this type": no findings, but counted.
 */
const root = join(import.meta.dirname, '..', '..');

const MAIN = `provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "records" {
  bucket = "acme-records"
  tags   = { phi = "true", owner = "records-team" }
}

resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  versioning_configuration {
    status = "Enabled"
  }
}

# A policy for a bucket another stack manages: its parent is not in this input.
resource "aws_s3_bucket_policy" "legacy" {
  bucket = "acme-legacy-exports"
  policy = "{}"
}

resource "aws_route53_zone" "app" {
  name = "app.example"
  tags = { phi = "true", owner = "platform" }
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "kubernetes_namespace" "phi" {
  metadata {
    name = "phi"
  }
}

module "queue" {
  source = "./modules/queue"
}
`;
const QUEUE = `resource "aws_elasticache_cluster" "jobs" {
  cluster_id = "jobs"
  engine     = "memcached"
}
`;

/** Every Terraform address of the input with the line of its block. */
const ADDRESSES: Record<string, [string, number]> = {
  'aws_s3_bucket.records': ['main.tf', 5],
  'aws_s3_bucket_versioning.records': ['main.tf', 10],
  'aws_s3_bucket_policy.legacy': ['main.tf', 18],
  'aws_route53_zone.app': ['main.tf', 23],
  'random_id.suffix': ['main.tf', 28],
  'kubernetes_namespace.phi': ['main.tf', 32],
  'module.queue.aws_elasticache_cluster.jobs': ['modules/queue/main.tf', 1],
};

interface Entry { id: string; type: string; provider: string; ephi: boolean; owner: string | null; checks?: number; source: { file: string; line: number; address: string; joined?: { address: string; file: string; line: number }[] } }

describe('phiscan scan --terraform-dir: the asset inventory holds every managed resource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-inv-'));
  mkdirSync(join(dir, 'modules', 'queue'), { recursive: true });
  writeFileSync(join(dir, 'main.tf'), MAIN);
  writeFileSync(join(dir, 'modules', 'queue', 'main.tf'), QUEUE);
  const out = join(dir, 'out');
  let r: CliResult;
  beforeAll(async () => {
    r = await phiscan(['scan', '--terraform-dir', dir, '-f', 'json', '-f', 'inventory', '-f', 'sarif', '-f', 'html', '-o', out, '-q'], { cwd: root, env: { SOURCE_DATE_EPOCH: '1790000000' } });
  });
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const rel = (file: string) => file.slice(file.indexOf('phiscan-inv-')).replace(/^[^/]+\//, '');

  it('the JSON report lists each resource (or the resource it is part of) with its file and line', () => {
    expect([0, 1], r.stderr).toContain(r.code);
    const report = JSON.parse(read('phiscan.json')) as { resources: Entry[]; findings: { resource: { id: string } }[]; summary: { resources: number } };
    const located = new Map<string, [string, number]>();
    for (const e of report.resources) {
      located.set(e.source.address, [rel(e.source.file), e.source.line]);
      for (const j of e.source.joined ?? []) located.set(j.address, [rel(j.file), j.line]);
    }
    expect(Object.fromEntries([...located].sort())).toEqual(Object.fromEntries(Object.entries(ADDRESSES).sort()));
    expect(report.summary.resources).toBe(report.resources.length);

    const byId = new Map(report.resources.map((e) => [e.id, e]));
    expect(byId.get('terraform:aws_s3_bucket.records')?.source.joined?.map((j) => j.address)).toEqual(['aws_s3_bucket_versioning.records']);
    expect(byId.get('terraform:aws_s3_bucket.records')?.checks).toBeGreaterThan(0);
    expect(byId.get('terraform:aws_route53_zone.app')).toMatchObject({ type: 'iac.unmapped', provider: 'aws', ephi: true, owner: 'platform', checks: 0 });
    expect(byId.get('terraform:aws_s3_bucket_policy.legacy')).toMatchObject({ type: 'iac.unmapped', provider: 'aws', checks: 0 });
    expect(byId.get('terraform:random_id.suffix')).toMatchObject({ type: 'iac.unmapped', provider: 'other', checks: 0 });
    expect(byId.get('terraform:kubernetes_namespace.phi')).toMatchObject({ type: 'iac.unmapped', provider: 'other', checks: 0 });
    // A canonical type with no checks yet is mapped, and marked the same way.
    expect(byId.get('terraform:module.queue.aws_elasticache_cluster.jobs')).toMatchObject({ type: 'aws.elasticache.cluster', checks: 0 });

    const judged = new Set(report.findings.map((f) => f.resource.id));
    for (const e of report.resources) if (e.checks === 0) expect(judged.has(e.id), e.id).toBe(false);
  });

  it('the inventory CSV and JSON mark what no check judges', () => {
    const [header, ...rows] = parseCsv(read('phiscan-inventory.csv'));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const role = rows.find((x) => x[col('iac_address')] === 'aws_route53_zone.app');
    expect(role?.[col('type')]).toBe('iac.unmapped');
    expect(role?.[col('checks')]).toBe('0');
    expect(role?.[col('issues')]).toContain('no-checks-for-type');
    const bucket = rows.find((x) => x[col('iac_address')] === 'aws_s3_bucket.records');
    expect(bucket?.[col('iac_joined')]).toMatch(/^aws_s3_bucket_versioning\.records@.*main\.tf:10$/);
    expect(bucket?.[col('issues')]).not.toContain('no-checks-for-type');
    const doc = JSON.parse(read('phiscan-inventory.json')) as { summary: { assets: number; noChecksForType: number } };
    expect(doc.summary).toMatchObject({ assets: 6, noChecksForType: 5 });
  });

  it('SARIF stays valid, has no results for them and notes them once', () => {
    const text = read('phiscan.sarif');
    expect(validateSarif(text).errors).toEqual([]);
    const run = (JSON.parse(text) as { runs: { results: { locations: { logicalLocations: { name: string }[] }[] }[]; invocations: { toolExecutionNotifications: { descriptor: { id: string }; message: { text: string } }[] }[] }[] }).runs[0];
    const names = run?.results.flatMap((x) => x.locations.flatMap((l) => l.logicalLocations.map((n) => n.name))) ?? [];
    expect(names.some((n) => /aws_route53_zone|random_id|kubernetes_namespace|aws_s3_bucket_policy/.test(n))).toBe(false);
    const note = run?.invocations[0]?.toolExecutionNotifications.find((n) => n.descriptor.id === 'resources-without-checks');
    expect(note?.message.text).toMatch(/^5 inventoried resources have no checks for their type and no results here: aws\.elasticache\.cluster \(1\), aws_route53_zone \(1\), aws_s3_bucket_policy \(1\), kubernetes_namespace \(1\), random_id \(1\)\./);
  });

  it('HTML lists them by type under "Inventoried without checks"', () => {
    const page = read('phiscan.html');
    expect(page).toContain('Inventoried without checks: 5');
    expect(page).toMatch(/<td class="mono">kubernetes_namespace<\/td><td class="num">1<\/td>/);
  });
});
