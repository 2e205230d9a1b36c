import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHclDir } from '../../../providers/terraform/hcl.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { blockSnippet, UNKNOWN } from '../../../providers/terraform/model.js';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-hcl-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return d;
}

describe('terraform HCL', () => {
  it('evaluates literals, variables (defaults and tfvars), locals, jsonencode and literal attributes of other resources', async () => {
    const d = dir({
      'main.tf': `variable "name" { default = "a" }\nvariable "env" {}\nlocals { tags = { env = var.env, phi = "true" } }\nresource "aws_s3_bucket" "b" {\n  bucket = "\${var.name}-bucket"\n  tags   = local.tags\n}\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = jsonencode({ Resource = "arn:aws:s3:::\${aws_s3_bucket.b.bucket}/*" })\n}\n`,
      'terraform.tfvars': 'env = "prod"\n',
    });
    const [b, p] = await loadHclDir(d, quiet);
    expect(b?.values).toMatchObject({ bucket: 'a-bucket', tags: { env: 'prod', phi: 'true' } });
    expect(p?.values.bucket).toBe(UNKNOWN);
    expect(p?.refs.bucket).toEqual(['aws_s3_bucket.b']);
    expect(p?.values.policy).toBe('{"Resource":"arn:aws:s3:::a-bucket/*"}');
  });

  it('expands known count and for_each, keeps dynamic blocks unknown', async () => {
    const d = dir({ 'main.tf': 'resource "aws_kms_key" "k" {\n  count = 2\n  description = "key ${count.index}"\n}\nresource "aws_security_group" "g" {\n  for_each = toset(["a", "b"])\n  name = each.key\n  dynamic "ingress" {\n    for_each = var.rules\n    content { from_port = 1 }\n  }\n}\n' });
    const rs = await loadHclDir(d, quiet);
    expect(rs.map((r) => r.address)).toEqual(['aws_kms_key.k[0]', 'aws_kms_key.k[1]', 'aws_security_group.g["a"]', 'aws_security_group.g["b"]']);
    expect(rs[1]?.values.description).toBe('key 1');
    expect(rs[3]?.values).toMatchObject({ name: 'b', ingress: UNKNOWN });
  });

  it('records the block\'s last line and its source text, capped, with secret-looking values masked', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `  tag_${i} = "v${i}"`).join('\n');
    const d = dir({ 'main.tf': `# header\nresource "aws_db_instance" "db" {\n  identifier = "ehr"\n  password   = "hunter2-not-for-reports"\n}\n\nresource "aws_s3_bucket" "big" {\n${body}\n}\n` });
    const [db, big] = await loadHclDir(d, quiet);
    expect(db).toMatchObject({ line: 2, endLine: 5 });
    expect(db?.snippet).toBe('resource "aws_db_instance" "db" {\n  identifier = "ehr"\n  password   = "<redacted>"\n}');
    expect(db?.snippet).not.toContain('hunter2');
    expect(big).toMatchObject({ line: 7, endLine: 38 });
    expect((big?.snippet as string).split('\n')).toHaveLength(20); // HCL snippets are strings
    const rs = await loadTerraformDirs([d], quiet);
    expect(rs.find((r) => r.id === 'terraform:aws_db_instance.db')?.source).toMatchObject({ line: 2, endLine: 5, snippet: db?.snippet });
  });

  it('masks a secret attribute wherever it stands: a one-line block, an inline object, a heredoc body; strings that only mention one stay', async () => {
    const d = dir({
      'main.tf': [
        'resource "aws_db_instance" "one" { password = "hunter2-one" }',
        'resource "aws_db_instance" "inline" {',
        '  settings = { password = "hunter2-inline", user = "app" }',
        '  description = "password = shown"',
        '}',
        'resource "aws_db_instance" "heredoc" {',
        '  master_password = <<-EOT',
        '    hunter2-heredoc',
        '    EOT',
        '  identifier = "ehr"',
        '}',
        'resource "azurerm_key_vault_secret" "s" { value = "hunter2-value" }',
        '',
      ].join('\n'),
    });
    const snippets = (await loadHclDir(d, quiet)).map((r) => r.snippet as string);
    expect(snippets.join('\n')).not.toContain('hunter2');
    expect(snippets).toEqual([
      'resource "aws_db_instance" "one" { password = "<redacted>" }',
      'resource "aws_db_instance" "inline" {\n  settings = { password = "<redacted>", user = "app" }\n  description = "password = shown"\n}',
      'resource "aws_db_instance" "heredoc" {\n  master_password = "<redacted>"\n    <redacted>\n    EOT\n  identifier = "ehr"\n}',
      'resource "azurerm_key_vault_secret" "s" { value = "<redacted>" }',
    ]);
  });

  it('masks `value` in a secret resource (HCL and CDKTF JSON), and only there', () => {
    const hclLines = ['resource "azurerm_key_vault_secret" "db" {', '  value    = "hunter2"', '  value_wo = "hunter3"', '}'];
    expect(blockSnippet(hclLines, 1, 4, 'azurerm_key_vault_secret')).toBe('resource "azurerm_key_vault_secret" "db" {\n  value    = "<redacted>"\n  value_wo = "<redacted>"\n}');
    expect(blockSnippet(['"db": {', '  "value": "hunter2",', '  "name": "db"', '}'], 1, 4, 'azurerm_key_vault_secret')).toBe('"db": {\n  "value": "<redacted>",\n  "name": "db"\n}');
    expect(blockSnippet(['resource "azurerm_app_configuration_key" "k" {', '  value = "public"', '}'], 1, 3, 'azurerm_app_configuration_key')).toContain('value = "public"');
  });

  it('reads suppressions above and inside the block, with # and // comments', async () => {
    const d = dir({ 'main.tf': '# unrelated\n# phiscan:ignore aws-kms-key-rotation-enabled imported key, rotated by HSM\nresource "aws_kms_key" "k" {\n  description = "k" // phiscan:ignore aws-kms-key-pending-deletion-unused kept for audit\n}\n\nresource "aws_kms_key" "other" {}\n' });
    const [k, other] = await loadHclDir(d, quiet);
    expect(k?.suppressions).toEqual([
      { checkId: 'aws-kms-key-pending-deletion-unused', reason: 'kept for audit' },
      { checkId: 'aws-kms-key-rotation-enabled', reason: 'imported key, rotated by HSM' },
    ]);
    expect(other?.suppressions).toEqual([]);
  });

  it('follows local modules with their inputs and records the call site; warns on registry modules', async () => {
    const warnings: string[] = [];
    const rs = await loadTerraformDirs([join(root, 'fixtures/iac/aws/noncompliant')], { warn: (m) => warnings.push(m) });
    const archive = rs.find((r) => r.id === 'terraform:module.data.aws_s3_bucket.archive');
    expect(archive?.name).toBe('acme-phi-archive');
    expect(archive?.source).toMatchObject({ file: 'fixtures/iac/aws/noncompliant/modules/data/main.tf', line: 5, moduleCall: { file: 'fixtures/iac/aws/noncompliant/main.tf', line: 180 } });
    const d = dir({ 'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n' });
    await loadHclDir(d, { warn: (m) => warnings.push(m) });
    expect(warnings.at(-1)).toMatch(/main\.tf:1: module "vpc" \(terraform-aws-modules\/vpc\/aws\) is not a local path/);
  });

  it('reports a syntax error with file, line and column', async () => {
    const d = dir({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  tags = {\n}\n' });
    await expect(loadHclDir(d, quiet)).rejects.toThrow(/main\.tf:\d+:\d+: HCL syntax error/);
    const d2 = dir({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = = "x"\n}\n' });
    await expect(loadHclDir(d2, quiet)).rejects.toThrow(/main\.tf:2:\d+: HCL syntax error/);
  });
});
