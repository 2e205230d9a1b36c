import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCdktfStack } from '../../providers/terraform/cdktf.js';
import { InputError, loadCdktfOut } from '../../providers/terraform/index.js';
import { mapResources } from '../../providers/terraform/map/index.js';
import { encode, tempTree } from './iac/generate.js';

const quiet = { warn: () => {} };
const stack = (resource: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ terraform: { required_providers: {} }, resource, ...extra });
const bucket = { aws_s3_bucket: { b: { bucket: 'b', '//': { metadata: { path: 's/b' } } } } };

async function errorOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as Error).message.split('\n')).toHaveLength(1);
  return (err as Error).message.replace(/^\S*\/phiscan-adv-iac-\w+\//, '');
}

const out = (manifest: unknown, stacks: Record<string, string | Buffer> = { 'stacks/s/cdk.tf.json': stack(bucket) }) =>
  tempTree({ 'manifest.json': typeof manifest === 'string' || Buffer.isBuffer(manifest) ? manifest : JSON.stringify(manifest), ...stacks });

describe('CDKTF manifests: malformed is an exit-2 error, never a crash or an empty scan', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a null stack', { stacks: { s: null } }, /^manifest\.json:1:\d+: stacks\.s is null, expected an object with "synthesizedStackPath"$/],
    ['a numeric path', { stacks: { s: { synthesizedStackPath: 5 } } }, /stacks\.s: "synthesizedStackPath" is number 5, expected a path/],
    ['a path leaving the directory', { stacks: { s: { synthesizedStackPath: '../../../etc/passwd' } } }, /stacks\.s: "synthesizedStackPath" "\.\.\/\.\.\/\.\.\/etc\/passwd" leaves the CDKTF output directory/],
    ['an absolute path', { stacks: { s: { synthesizedStackPath: '/etc/passwd' } } }, /leaves the CDKTF output directory/],
    ['a numeric name', { stacks: { s: { name: 7, synthesizedStackPath: 'stacks/s/cdk.tf.json' } } }, /stacks\.s: "name" is number 7, expected a string/],
    ['stacks a list', { stacks: [] }, /^manifest\.json:1:\d+: not a CDKTF manifest: "stacks" is a list, expected an object$/],
    ['no stacks', { version: '0.20.0' }, /^manifest\.json:1:1: not a CDKTF manifest \(expected "stacks"\)$/],
    ['no stack at all', { stacks: {} }, /^manifest\.json:1:1: the CDKTF manifest lists no stacks$/],
    ['not an object', '"stacks"', /^manifest\.json:1:1: not a CDKTF manifest: the document is a string/],
    ['not JSON', 'stacks:\n  s: {}\n', /^manifest\.json:1:1: invalid JSON: unexpected "s"$/],
    ['text after the document', '{"stacks": {}} {"stacks": {}}', /^manifest\.json:1:16: invalid JSON: unexpected "\{" after the end of the JSON document$/],
  ];
  for (const [name, manifest, message] of cases) {
    it(name, async () => expect(await errorOf(loadCdktfOut([out(manifest)], quiet))).toMatch(message));
  }

  it('a stack file that is a symlink leaving the output directory is refused, with or without a manifest; one inside it is read', async () => {
    const outside = tempTree({ 'cdk.tf.json': stack(bucket) });
    for (const manifest of [{ stacks: { s: { synthesizedStackPath: 'stacks/s/cdk.tf.json' } } }, undefined]) {
      const d = tempTree(manifest ? { 'manifest.json': JSON.stringify(manifest) } : {});
      mkdirSync(join(d, 'stacks', 's'), { recursive: true });
      symlinkSync(join(outside, 'cdk.tf.json'), join(d, 'stacks', 's', 'cdk.tf.json'));
      expect(await errorOf(loadCdktfOut([d], quiet))).toMatch(/stacks\/s\/cdk\.tf\.json: a symlink to \S+\/cdk\.tf\.json, outside the CDKTF output directory \S+; not read$/);
      rmSync(join(d, 'stacks', 's', 'cdk.tf.json'));
      writeFileSync(join(d, 'real.json'), stack(bucket));
      symlinkSync(join(d, 'real.json'), join(d, 'stacks', 's', 'cdk.tf.json'));
      expect((await loadCdktfOut([d], quiet)).map((r) => r.id)).toEqual(['cdktf:s/aws_s3_bucket.b']);
    }
  });

  it('reads a manifest and stack in UTF-16 with a BOM', async () => {
    const d = out(encode(JSON.stringify({ stacks: { s: { name: 's', synthesizedStackPath: 'stacks/s/cdk.tf.json' } } }), 'utf-16le'), { 'stacks/s/cdk.tf.json': encode(stack(bucket), 'utf-16be') });
    const rs = await loadCdktfOut([d], quiet);
    expect(rs.map((r) => r.id)).toEqual(['cdktf:s/aws_s3_bucket.b']);
  });
});

describe('CDKTF stacks', () => {
  const cases: [string, string, RegExp][] = [
    ['a null resource section', stack(null), /resource is null, expected an object/],
    ['a list of types', stack([]), /resource is a list, expected an object/],
    ['a type that is a list', stack({ aws_s3_bucket: [] }), /resource\.aws_s3_bucket is a list, expected an object/],
    ['a resource that is a string', stack({ aws_s3_bucket: { b: 'x' } }), /resource\.aws_s3_bucket\.b is a string, expected the resource's arguments as an object/],
    ['a resource that is null', stack({ aws_s3_bucket: { b: null } }), /resource\.aws_s3_bucket\.b is null/],
    ['a provider section that is a list', stack(bucket, { provider: [] }), /provider is a list, expected an object/],
    ['a 100,000-deep nested document', `{"terraform":{},"resource":{"aws_s3_bucket":{"b":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}}`, /invalid JSON: nesting deeper than 512 levels/],
    ['not Terraform JSON', JSON.stringify({ stacks: {} }), /not a CDKTF synthesized stack/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      let message_ = '';
      try {
        parseCdktfStack('s', 'cdk.tf.json', text);
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        message_ = (err as Error).message;
      }
      expect(message_).toMatch(message);
      expect(message_).toMatch(/^cdk\.tf\.json(:\d+:\d+)?: /);
    });
  }

  it('reads prototype names as plain names', () => {
    const rs = parseCdktfStack('s', 'cdk.tf.json', '{"terraform":{},"provider":{"constructor":[{"region":"x"}]},"resource":{"__proto__":{"toString":{"__proto__":{"polluted":true},"tags":{"phiscan:ignore":"x-check reason"}}},"constructor":{"b":{}}}}');
    expect(rs.map((r) => r.address)).toEqual(['__proto__.toString', 'constructor.b']);
    expect(Object.getPrototypeOf(rs[0]?.values)).toBe(Object.prototype);
    expect(Object.hasOwn(rs[0]?.values ?? {}, '__proto__')).toBe(true);
    expect(rs[0]?.suppressions).toEqual([{ checkId: 'x-check', reason: 'reason' }]);
    expect(mapResources(rs).map((r) => [r.type, (r.config as { terraformType?: string }).terraformType])).toEqual([['iac.unmapped', '__proto__'], ['iac.unmapped', 'constructor']]);
  });

  it('suppresses only from the // comment property and the phiscan:ignore tag key, never from text in a value', () => {
    const [b] = parseCdktfStack(
      's',
      'cdk.tf.json',
      stack({ aws_s3_bucket: { b: { bucket: '# phiscan:ignore aws-s3-bucket-versioning-enabled spoofed', tags: { note: '# phiscan:ignore aws-s3-bucket-kms-encryption spoofed' }, '//': { metadata: { path: 's/b' }, 'phiscan:ignore': { 'aws-s3-bucket-versioning-enabled': 'rebuilt nightly' } } } } }),
    );
    expect(b?.suppressions).toEqual([{ checkId: 'aws-s3-bucket-versioning-enabled', reason: 'rebuilt nightly' }]);
  });

  it('a stack path that is not a regular file', async () => {
    const d = out({ stacks: { s: { synthesizedStackPath: 'stacks/s' } } }, { 'stacks/s/cdk.tf.json': stack(bucket) });
    expect(await errorOf(loadCdktfOut([d], quiet))).toMatch(/stacks\/s: not a file \(a CDKTF stack\)/);
    expect(await errorOf(loadCdktfOut([join(d, 'missing')], quiet))).toMatch(/missing: no such file or directory/);
  });
});
