import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCdktfOut, loadTerraformDirs, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { isType, type Resource } from '../../../src/model/resource.js';
import { relatedLocationsOf } from '../../../reports/sarif/locations.js';
import { planJson, refs, type PlanResource } from './plan-builder.js';

/**
 * The same `aws_s3_bucket.this` in several module instances (two calls of one module, a module
 * with for_each, nested calls): each keeps its own stable id, joins only the split resources of
 * its own module instance, and reports its own module call site.
 */
const quiet = { warn: () => {} };

const ROOT = `module "a" {
  source     = "./modules/bucket"
  name       = "acme-a"
  versioning = "Enabled"
}

module "b" {
  source     = "./modules/bucket"
  name       = "acme-b"
  versioning = "Suspended"
}

module "app" {
  source = "./modules/app"
}

module "each" {
  source     = "./modules/bucket"
  for_each   = { x = "Enabled", y = "Suspended" }
  name       = "acme-\${each.key}"
  versioning = each.value
}
`;
const BUCKET = `variable "name" {}
variable "versioning" {}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning
  }
}
`;
const APP = `module "logs" {
  source     = "../bucket"
  name       = "acme-logs"
  versioning = "Enabled"
}

module "data" {
  source     = "../bucket"
  name       = "acme-data"
  versioning = "Suspended"
}
`;

function stack(): string {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-modules-'));
  mkdirSync(join(d, 'modules', 'bucket'), { recursive: true });
  mkdirSync(join(d, 'modules', 'app'), { recursive: true });
  writeFileSync(join(d, 'main.tf'), ROOT);
  writeFileSync(join(d, 'modules', 'bucket', 'main.tf'), BUCKET);
  writeFileSync(join(d, 'modules', 'app', 'main.tf'), APP);
  return d;
}

/** Module instance -> [bucket name, versioning] expected for its `aws_s3_bucket.this`. */
const EXPECTED: Record<string, [string, string]> = {
  'module.a': ['acme-a', 'Enabled'],
  'module.b': ['acme-b', 'Suspended'],
  'module.app.module.logs': ['acme-logs', 'Enabled'],
  'module.app.module.data': ['acme-data', 'Suspended'],
  'module.each["x"]': ['acme-x', 'Enabled'],
  'module.each["y"]': ['acme-y', 'Suspended'],
};

const buckets = (rs: readonly Resource[]) => rs.filter((r): r is Resource<'aws.s3.bucket'> => isType(r, 'aws.s3.bucket'));
const summary = (rs: readonly Resource[]) => Object.fromEntries(buckets(rs).map((b) => [b.id, [b.name, b.config.versioning]]));
const expectedFor = (prefix: string) => Object.fromEntries(Object.entries(EXPECTED).map(([m, v]) => [`${prefix}${m}.aws_s3_bucket.this`, v]));

/** The plan Terraform writes for the same stack: instance keys in addresses, module-local references, one configuration per module. */
function plan(): string {
  const resources: PlanResource[] = Object.entries(EXPECTED).flatMap(([module, [name, status]]) => [
    { type: 'aws_s3_bucket', name: 'this', module, after: { bucket: name, force_destroy: false }, afterUnknown: { id: true, arn: true }, expressions: { bucket: refs('var.name') } },
    { type: 'aws_s3_bucket_versioning', name: 'this', module, after: { versioning_configuration: [{ status }] }, afterUnknown: { bucket: true, id: true }, expressions: { bucket: refs('aws_s3_bucket.this.id', 'aws_s3_bucket.this'), versioning_configuration: [{ status: refs('var.versioning') }] } },
  ]);
  return planJson(resources);
}

describe('same-named resources in module instances', () => {
  it('HCL: one resource per module instance (for_each keys included), each with its own values and joins', async () => {
    const rs = await loadTerraformDirs([stack()], quiet);
    expect(summary(rs)).toEqual(expectedFor('terraform:'));
  });

  it('HCL: ids are stable across runs and each resource reports its own module call site, nested ones the whole chain', async () => {
    const d = stack();
    const first = await loadTerraformDirs([d], quiet);
    expect((await loadTerraformDirs([d], quiet)).map((r) => r.id)).toEqual(first.map((r) => r.id));
    const src = (id: string) => first.find((r) => r.id === id)?.source;
    const root = (line: number) => ({ file: expect.stringMatching(/main\.tf$/) as unknown, line });
    expect(src('terraform:module.a.aws_s3_bucket.this')).toMatchObject({ line: 4, moduleCall: root(1) });
    expect(src('terraform:module.a.aws_s3_bucket.this')).not.toHaveProperty('moduleCalls');
    expect(src('terraform:module.b.aws_s3_bucket.this')).toMatchObject({ moduleCall: root(7) });
    expect(src('terraform:module.each["y"].aws_s3_bucket.this')).toMatchObject({ moduleCall: root(17) });
    const nested = src('terraform:module.app.module.data.aws_s3_bucket.this');
    expect(nested).toMatchObject({ moduleCall: { file: expect.stringMatching(/modules\/app\/main\.tf$/) as unknown, line: 7 } });
    expect(nested && nested.kind === 'iac' ? nested.moduleCalls?.map((c) => `${c.file.replace(/^.*phiscan-modules-[^/]+\//, '')}:${c.line}`) : undefined).toEqual(['main.tf:13', 'modules/app/main.tf:7']);
  });

  it('plan: joins stay within the module instance (two instances of one module share a config address)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-modules-plan-'));
    writeFileSync(join(d, 'plan.json'), plan());
    const rs = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
    expect(summary(rs)).toEqual(expectedFor('terraform:'));
  });

  it('plan with its source: each resource gets its own module call site, nested ones the chain', async () => {
    const d = stack();
    writeFileSync(join(d, 'plan.json'), plan());
    const rs = await loadTerraformPlans([join(d, 'plan.json')], [], quiet);
    const nested = rs.find((r) => r.id === 'terraform:module.app.module.logs.aws_s3_bucket.this')?.source;
    expect(nested).toMatchObject({ format: 'terraform-plan', line: 4, moduleCall: { line: 1 }, moduleCalls: [{ line: 13 }, { line: 1 }] });
    expect(rs.find((r) => r.id === 'terraform:module.each["x"].aws_s3_bucket.this')?.source).toMatchObject({ moduleCall: { line: 17 } });
  });

  it('SARIF: a finding in a nested module relates every call site on the way to it', async () => {
    const d = stack();
    const rs = await loadTerraformDirs([d], quiet);
    const bucket = rs.find((r) => r.id === 'terraform:module.app.module.data.aws_s3_bucket.this');
    expect(bucket).toBeDefined();
    if (!bucket || bucket.source.kind !== 'iac') return;
    expect(relatedLocationsOf(bucket)?.map((l) => l.physicalLocation?.region?.startLine)).toEqual([13, 7]);
  });

  it('CDKTF: same-named constructs in different scopes keep distinct ids and construct paths, and join their own split resources', async () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-modules-cdktf-'));
    const bucket = (scope: string) => ({ bucket: `acme-${scope}`, '//': { metadata: { path: `phi/${scope}/this`, uniqueId: `${scope}_this_1A2B3C4D` } } });
    const versioning = (scope: string, status: string) => ({ bucket: `\${aws_s3_bucket.${scope}_this_1A2B3C4D.id}`, versioning_configuration: { status }, '//': { metadata: { path: `phi/${scope}/versioning` } } });
    writeFileSync(join(d, 'cdk.tf.json'), JSON.stringify({
      terraform: {},
      provider: { aws: [{ region: 'us-east-1' }] },
      resource: {
        aws_s3_bucket: { a_this_1A2B3C4D: bucket('a'), b_this_1A2B3C4D: bucket('b') },
        aws_s3_bucket_versioning: { a_versioning_5E6F7A8B: versioning('a', 'Enabled'), b_versioning_5E6F7A8B: versioning('b', 'Suspended') },
      },
    }, null, 2));
    const rs = await loadCdktfOut([join(d, 'cdk.tf.json')], quiet);
    const got = buckets(rs).map((b) => [b.id.slice(b.id.indexOf('/') + 1), b.config.versioning, b.source.kind === 'iac' ? b.source.constructPath : undefined]);
    expect(got).toEqual([['aws_s3_bucket.a_this_1A2B3C4D', 'Enabled', 'phi/a/this'], ['aws_s3_bucket.b_this_1A2B3C4D', 'Suspended', 'phi/b/this']]);
    expect(new Set(buckets(rs).map((b) => b.id)).size).toBe(2);
  });
});
