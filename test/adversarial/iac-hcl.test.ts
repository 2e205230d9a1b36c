import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HCL_LIMITS, loadHclDir } from '../../providers/terraform/hcl.js';
import { InputError, loadTerraformDirs, loadTerraformPlans } from '../../providers/terraform/index.js';
import { UNKNOWN, type TfResource } from '../../providers/terraform/model.js';
import { evaluate } from '../../src/engine/run.js';
import { ALL_CHECKS } from '../../checks/index.js';
import { encode, tempTree } from './iac/generate.js';

const quiet = { warn: () => {} };
const load = (files: Record<string, string | Buffer>, warn: (m: string) => void = () => {}) => loadHclDir(tempTree(files), { warn });

/** The one-line InputError a load rejects with, its temporary directory cut to the file name. */
async function errorOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const message = (err as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message.replace(/^\S*\/phiscan-adv-iac-\w+\//, '');
}

const resource = (body: string, type = 'aws_kms_key', name = 'k') => `resource "${type}" "${name}" {\n${body}\n}\n`;

describe('HCL limits: a one-line exit-2 error, never a stack overflow, an abort or a hang', () => {
  it('10,000 nested blocks', async () => {
    const tf = resource(`${'x {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}`);
    expect(await errorOf(load({ 'main.tf': tf }))).toBe(`main.tf:${HCL_LIMITS.nesting + 2}:1: nested more than ${HCL_LIMITS.nesting} levels deep (blocks and expressions), phiscan's limit`);
  });

  it('a 100,000-deep expression and a 20,000-deep object', async () => {
    expect(await errorOf(load({ 'main.tf': resource(`  x = ${'('.repeat(100_000)}1${')'.repeat(100_000)}`) }))).toMatch(/^main\.tf:2:\d+: nested more than 256 levels deep/);
    expect(await errorOf(load({ 'main.tf': resource(`  x = ${'{a = '.repeat(20_000)}1${'}'.repeat(20_000)}`) }))).toMatch(/^main\.tf:2:\d+: nested more than 256 levels deep/);
    expect(await errorOf(load({ 'main.tf': resource(`  x = ${'true ? '.repeat(5_000)}1${' : 2'.repeat(5_000)}`) }))).toMatch(/^main\.tf:2:\d+: nested more than 256 levels deep/);
  });

  it('nesting within the limit is read', async () => {
    const [k] = await load({ 'main.tf': resource(`  x = ${'['.repeat(100)}1${']'.repeat(100)}`) });
    let v = k?.values.x;
    for (let i = 0; i < 100; i++) v = Array.isArray(v) ? (v as unknown[])[0] as typeof v : undefined;
    expect(v).toBe(1);
  });

  it('a .tf file over the size limit is refused before it is parsed (a 50 MB file aborted the WebAssembly parser)', async () => {
    const big = Buffer.alloc(HCL_LIMITS.fileBytes + 1, 0x20);
    expect(await errorOf(load({ 'main.tf': big }))).toBe("main.tf: an HCL file of 4 MiB is over phiscan's limit of 4 MiB");
    // Files within the limit that add up past the module limit.
    const third = Buffer.alloc(Math.ceil(HCL_LIMITS.moduleBytes / 3) + 1, 0x20);
    expect(await errorOf(load({ 'a.tf': third, 'b.tf': third, 'c.tf': third }))).toMatch(/^a\.tf: the module directory's HCL files add up to 8 MiB, over phiscan's limit of 8 MiB/);
  });

  it('count = 1e8 and 1e10 exceed the instances per block; 1e3 is read', async () => {
    expect(await errorOf(load({ 'main.tf': resource('  count = 1e8') }))).toBe(`main.tf:2:3: resource "aws_kms_key" "k": count = 100000000 is more than phiscan's limit of ${HCL_LIMITS.instancesPerBlock} instances per block (scan the plan with --terraform-plan instead)`);
    expect(await errorOf(load({ 'main.tf': resource('  count = 1e10') }))).toMatch(/count = 10000000000 is more than phiscan's limit/);
    expect(await errorOf(load({ 'main.tf': resource('  count = 1.5') }))).toMatch(/^main\.tf:2:3: resource "aws_kms_key" "k": count = 1\.5 is not a whole number >= 0$/);
    const rs = await load({ 'main.tf': resource('  count = 1e3\n  description = "k${count.index}"') });
    expect(rs).toHaveLength(1000);
    expect(rs[999]).toMatchObject({ address: 'aws_kms_key.k[999]', values: { description: 'k999' } });
  });

  it('for_each over more elements than the limit', async () => {
    const keys = Array.from({ length: HCL_LIMITS.instancesPerBlock + 1 }, (_, i) => `"k${i}"`).join(', ');
    expect(await errorOf(load({ 'main.tf': resource(`  for_each = toset([${keys}])`) }))).toMatch(/^main\.tf:2:3: for_each has 10001 elements, more than phiscan's limit of 10000 per block$/);
  });

  it('resource instances in all', async () => {
    const blocks = Array.from({ length: 11 }, (_, i) => resource('  count = 10000', 'aws_kms_key', `k${i}`)).join('');
    expect(await errorOf(load({ 'main.tf': blocks }))).toMatch(/^main\.tf:31:1: more than 100000 resource instances in all, phiscan's limit for a --terraform-dir/);
  });

  it('a module fanned out 2^15 times stops at the module instance limit', async () => {
    const files: Record<string, string> = { 'main.tf': 'module "a" {\n  source = "./m"\n}\n' };
    let dir = 'm';
    for (let level = 0; level < 15; level++) {
      files[`${dir}/main.tf`] = `resource "aws_kms_key" "k" {}\nmodule "a" {\n  source = "./m"\n}\nmodule "b" {\n  source = "./m"\n}\n`;
      dir += '/m';
    }
    files[`${dir}/main.tf`] = 'resource "aws_kms_key" "k" {}\n';
    expect(await errorOf(load(files))).toMatch(/main\.tf:\d+: more than 1000 module instances in all \(module calls times their count or for_each\), phiscan's limit/);
    // And one call with a large count.
    expect(await errorOf(load({ 'main.tf': 'module "a" {\n  source = "./m"\n  count = 5000\n}\n', 'm/main.tf': 'resource "aws_kms_key" "k" {}\n' }))).toMatch(/more than 1000 module instances in all/);
  });

  it('module count and for_each expand to keyed instances with their inputs', async () => {
    const rs = await load({
      'main.tf': 'module "app" {\n  source = "./app"\n  for_each = { eu = "eu-west-1", us = "us-east-1" }\n  where = each.value\n}\nmodule "off" {\n  source = "./app"\n  count = 0\n  where = "x"\n}\n',
      'app/main.tf': 'variable "where" {}\nresource "aws_kms_key" "k" {\n  description = var.where\n}\n',
    });
    expect(rs.map((r) => [r.address, r.configAddress, r.values.description])).toEqual([
      ['module.app["eu"].aws_kms_key.k', 'module.app.aws_kms_key.k', 'eu-west-1'],
      ['module.app["us"].aws_kms_key.k', 'module.app.aws_kms_key.k', 'us-east-1'],
    ]);
  });
});

describe('HCL literals', () => {
  it('reads exponent literals the grammar rejects (1e3, 2E+2), leaves strings and comments alone, and keeps error columns', async () => {
    const [k] = await load({ 'main.tf': resource('  a = 1e3\n  b = [2E+2, 5e-1]\n  c = "1e3"\n  # 1e3\n  d = 1.5e3') });
    expect(k?.values).toMatchObject({ a: 1000, b: [200, 0.5], c: '1e3', d: 1500 });
    // A syntax error near a patched literal is reported in the source as written.
    expect(await errorOf(load({ 'main.tf': 'x = [1e3, = ]\n' }))).toBe('main.tf:1:1: HCL syntax error: unexpected "x = [1e3, = ]"');
    expect(await errorOf(load({ 'main.tf': 'x = 1e3\ny = 2e2 z\n' }))).toMatch(/^main\.tf:2:\d+: HCL syntax error: unexpected "[^"]*"$/);
  });

  it('an escape naming no character is a syntax error, not a crash; valid escapes decode', async () => {
    expect(await errorOf(load({ 'main.tf': resource('  description = "\\UFFFFFFFF"') }))).toMatch(/^main\.tf:2:\d+: HCL syntax error: invalid escape \\UFFFFFFFF \(past U\+10FFFF\)$/);
    expect(await errorOf(load({ 'main.tf': resource('  description = "\\uZZZZ"') }))).toMatch(/^main\.tf:2:\d+: HCL syntax error/);
    expect(await errorOf(load({ 'main.tf': 'resource "aws_kms_key" "\\U00110000" {}\n' }))).toMatch(/^main\.tf:1:\d+: HCL syntax error: invalid escape/);
    const [k] = await load({ 'main.tf': resource('  description = "\\u00e9\\U0001F600\\n"') });
    expect(k?.values.description).toBe('é😀\n');
  });

  it('prototype names are plain names', async () => {
    const rs = await load({ 'main.tf': 'locals { m = { a = 1 } }\nresource "constructor" "__proto__" {\n  __proto__ = { polluted = true }\n  toString = local.m.constructor\n  x = merge({ __proto__ = 1 }, local.m)\n}\n' });
    expect(rs).toHaveLength(1);
    const v = rs[0]?.values as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(v, 'toString')?.value).toBe(UNKNOWN);
    expect(Object.hasOwn(v.x as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('HCL files: encodings, symlinks, special files', () => {
  for (const encoding of ['utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
    it(`reads .tf and .tfvars in ${encoding}`, async () => {
      const [k] = await load({ 'main.tf': encode('variable "d" {}\nresource "aws_kms_key" "k" {\n  description = var.d\n}\n', encoding), 'terraform.tfvars': encode('d = "clé 🔑"\n', encoding) });
      expect(k?.values.description).toBe('clé 🔑');
    });
  }

  it('refuses an undecodable .tf in one line saying what it found', async () => {
    expect(await errorOf(load({ 'main.tf': encode('resource "a_b" "c" {}\n', 'utf-16le-nobom') }))).toMatch(/^main\.tf:1:1: UTF-16LE text without a byte-order mark/);
    expect(await errorOf(load({ 'main.tf': Buffer.from('resource "a_b" "c" {\n  x = "caf\xe9"\n}\n', 'latin1') }))).toBe('main.tf:2:11: invalid UTF-8 at byte offset 31 (the file is neither UTF-8 nor UTF-16 with a byte-order mark; save it as UTF-8)');
  });

  it('follows symlinks inside the scanned tree and refuses ones that leave it, with a warning', async () => {
    const outside = tempTree({ 'secret.tf': 'resource "aws_kms_key" "outside" {}\n' });
    const d = tempTree({ 'shared/providers.tf.src': 'resource "aws_kms_key" "shared" {}\n', 'main.tf': 'resource "aws_kms_key" "main" {}\n' });
    symlinkSync(join(d, 'shared/providers.tf.src'), join(d, 'providers.tf'));
    symlinkSync(join(outside, 'secret.tf'), join(d, 'secret.tf'));
    symlinkSync(join(d, 'nowhere.tf.src'), join(d, 'broken.tf'));
    const warnings: string[] = [];
    const rs = await loadHclDir(d, { warn: (m) => warnings.push(m) });
    expect(rs.map((r) => r.address).sort()).toEqual(['aws_kms_key.main', 'aws_kms_key.shared']);
    expect(warnings).toEqual([expect.stringMatching(/broken\.tf: broken symlink; not read$/), expect.stringMatching(new RegExp(`secret\\.tf: symlink to ${outside}/secret\\.tf, outside the scanned tree .*; not read$`))]);
  });

  it('leaves out a FIFO named .tf with a warning instead of blocking on it', async () => {
    const d = tempTree({ 'main.tf': 'resource "aws_kms_key" "k" {}\n' });
    execFileSync('mkfifo', [join(d, 'pipe.tf')]);
    const warnings: string[] = [];
    expect(await loadHclDir(d, { warn: (m) => warnings.push(m) })).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/pipe\.tf: not a regular file; not read$/)]);
  });
});

describe('dynamic blocks, written with real Terraform syntax', () => {
  const sg = (dynamic: string, extra = '') => `variable "rules" {\n  default = [{ port = 22, cidr = "0.0.0.0/0" }, { port = 443, cidr = "10.0.0.0/8" }]\n}\nvariable "later" {}\nresource "aws_security_group" "g" {\n  name = "g"\n${extra}${dynamic}}\n`;
  const ingress = (forEach: string, iterator = '') => `  dynamic "ingress" {\n    for_each = ${forEach}\n${iterator}    content {\n      from_port   = ${iterator ? 'rule' : 'ingress'}.value.port\n      to_port     = ${iterator ? 'rule' : 'ingress'}.value.port\n      protocol    = "tcp"\n      cidr_blocks = [${iterator ? 'rule' : 'ingress'}.value.cidr]\n    }\n  }\n`;

  it('expands a known for_each into blocks (default iterator and `iterator = rule`)', async () => {
    for (const [forEach, iterator] of [['var.rules', ''], ['var.rules', '    iterator = rule\n']] as const) {
      const [g] = await load({ 'main.tf': sg(ingress(forEach, iterator)) });
      expect(g?.values.ingress).toEqual([
        { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] },
      ]);
      expect(g?.configured?.has('ingress')).toBe(true);
    }
    const [m] = await load({ 'main.tf': sg('  dynamic "ingress" {\n    for_each = { ssh = 22 }\n    content {\n      description = ingress.key\n      from_port = ingress.value\n    }\n  }\n') });
    expect(m?.values.ingress).toEqual([{ description: 'ssh', from_port: 22 }]);
  });

  it('an unknown for_each is UNKNOWN, never an empty list; beside static blocks it leaves the list incomplete', async () => {
    const [g] = await load({ 'main.tf': sg(ingress('var.later')) });
    expect(g?.values.ingress).toBe(UNKNOWN);
    const [mixed] = await load({ 'main.tf': sg(ingress('var.later'), '  ingress {\n    from_port = 80\n  }\n') });
    expect(mixed?.values.ingress).toEqual([{ from_port: 80 }, UNKNOWN]);
    const [ref] = await load({ 'main.tf': sg(ingress('aws_security_group.other.ingress')) });
    expect(ref?.values.ingress).toBe(UNKNOWN);
    expect(ref?.refs.ingress).toContain('aws_security_group.other');
  });

  it('nested dynamic blocks expand within their content', async () => {
    const [r] = await load({ 'main.tf': 'resource "aws_wafv2_web_acl" "w" {\n  dynamic "rule" {\n    for_each = ["a", "b"]\n    content {\n      name = rule.value\n      dynamic "statement" {\n        for_each = [1, 2]\n        content {\n          priority = statement.value\n          parent = rule.key\n        }\n      }\n    }\n  }\n}\n' });
    expect(r?.values.rule).toEqual([
      { name: 'a', statement: [{ priority: 1, parent: 0 }, { priority: 2, parent: 0 }] },
      { name: 'b', statement: [{ priority: 1, parent: 1 }, { priority: 2, parent: 1 }] },
    ]);
  });

  it('never lets an unknown dynamic ingress pass: from HCL, and from a plan next to its .tf source', async () => {
    const statuses = (rs: Awaited<ReturnType<typeof loadTerraformDirs>>) => evaluate(rs, [], ALL_CHECKS, { now: new Date('2026-11-01T00:00:00Z') }).findings.filter((f) => f.checkId === 'aws-ec2-sg-no-public-admin-ports').map((f) => f.status);
    const d = tempTree({ 'main.tf': sg(ingress('var.later')) });
    expect(statuses(await loadTerraformDirs([d], quiet))).toEqual(['not_assessed']);
    expect(statuses(await loadTerraformDirs([tempTree({ 'main.tf': sg(ingress('var.rules')) })], quiet))).toEqual(['fail']);
    // Terraform's plan never lists dynamic blocks in `configuration`: the unknown ingress is unknown because the .tf says it is configured.
    writeFileSync(
      join(d, 'plan.json'),
      JSON.stringify({
        format_version: '1.2',
        resource_changes: [{ address: 'aws_security_group.g', mode: 'managed', type: 'aws_security_group', name: 'g', change: { actions: ['create'], before: null, after: { name: 'g' }, after_unknown: { ingress: true, id: true } } }],
        configuration: { root_module: { resources: [{ address: 'aws_security_group.g', mode: 'managed', type: 'aws_security_group', name: 'g', expressions: { name: { constant_value: 'g' } } }] } },
      }),
    );
    expect(statuses(await loadTerraformPlans([join(d, 'plan.json')], [], quiet))).toEqual(['not_assessed']);
  });
});

describe('suppressions come only from comments', () => {
  const ids = (r: TfResource | undefined) => r?.suppressions.map((s) => s.checkId);

  it('a phiscan:ignore in a string literal or heredoc suppresses nothing', async () => {
    const [k] = await load({ 'main.tf': 'resource "aws_kms_key" "k" {\n  description = "# phiscan:ignore aws-kms-key-rotation-enabled spoofed"\n  policy = <<EOT\n// phiscan:ignore aws-kms-key-pending-deletion-unused spoofed\n/* phiscan:ignore aws-kms-key-rotation-enabled spoofed */\nEOT\n  tags = { note = "x" } # phiscan:ignore aws-kms-key-pending-deletion-unused real one\n}\n' });
    expect(k?.suppressions).toEqual([{ checkId: 'aws-kms-key-pending-deletion-unused', reason: 'real one' }]);
  });

  it('comments directly above count; code or a blank line between them and the block ends them', async () => {
    const rs = await load({
      'main.tf': '/* phiscan:ignore aws-kms-key-rotation-enabled block comment */\n# phiscan:ignore aws-kms-key-pending-deletion-unused hash\nresource "aws_kms_key" "a" {}\n# phiscan:ignore aws-kms-key-rotation-enabled detached\n\nresource "aws_kms_key" "b" {}\nlocals { x = 1 } # phiscan:ignore aws-kms-key-rotation-enabled after code\nresource "aws_kms_key" "c" {}\n/*\n * phiscan:ignore aws-kms-key-rotation-enabled multi-line\n */\nresource "aws_kms_key" "d" {}\n',
    });
    expect(rs.map(ids)).toEqual([['aws-kms-key-pending-deletion-unused', 'aws-kms-key-rotation-enabled'], [], [], ['aws-kms-key-rotation-enabled']]);
  });
});
