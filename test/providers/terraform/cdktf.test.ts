import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalString, parseCdktfStack } from '../../../providers/terraform/cdktf.js';
import { loadCdktfOut } from '../../../providers/terraform/index.js';
import { UNKNOWN } from '../../../providers/terraform/model.js';

const root = join(import.meta.dirname, '..', '..', '..');
const out = join(root, 'fixtures/iac/cdktf/cdktf.out');
const stackFile = join(out, 'stacks/phi-data/cdk.tf.json');

describe('Terraform JSON string templates', () => {
  it('undoes the escapes of a literal and refuses a template', () => {
    expect(literalString('arn:aws:iam::*:user/$${aws:username}')).toBe('arn:aws:iam::*:user/${aws:username}');
    expect(literalString('100%%{x}')).toBe('100%{x}');
    expect(literalString('{"Version":"2012-10-17"}')).toBe('{"Version":"2012-10-17"}');
    expect(literalString('${aws_s3_bucket.b.arn}/*')).toBeUndefined();
    expect(literalString('%{ if var.x }a%{ endif }')).toBeUndefined();
    expect(literalString('$$${aws_s3_bucket.b.arn}')).toBe('$${aws_s3_bucket.b.arn}'); // a lone $, then an escape
  });
});

describe('CDKTF synth output', () => {
  it('reads each stack from the manifest, with construct path and the line of the resource in cdk.tf.json', async () => {
    const rs = await loadCdktfOut([out], { warn: () => {} });
    const bucket = rs.find((r) => r.id === 'cdktf:phi-data/aws_s3_bucket.records');
    expect(bucket?.source).toMatchObject({ format: 'cdktf', file: 'fixtures/iac/cdktf/cdktf.out/stacks/phi-data/cdk.tf.json', constructPath: 'phi-data/records/bucket', address: 'aws_s3_bucket.records' });
    const lines = readFileSync(stackFile, 'utf8').split('\n');
    if (bucket?.source.kind !== 'iac') throw new Error('not iac');
    expect(lines[bucket.source.line - 1]?.trim()).toBe('"records": {');
    expect(bucket.config).toMatchObject({ defaultEncryption: { algorithm: 'aws:kms', kmsKeyArn: 'cdktf:phi-data/aws_kms_key.phi-key' }, versioning: 'Enabled' });
  });

  it('records the resource body\'s last line and its source text, secrets masked', () => {
    const text = JSON.stringify({ terraform: {}, resource: { aws_db_instance: { db: { identifier: 'ehr', password: 'hunter2', tags: { a: '{"x": "}"}' } } } } }, null, 2);
    const [r] = parseCdktfStack('s', 'x/cdk.tf.json', text);
    const lines = text.split('\n');
    expect(lines[r!.line - 1]?.trim()).toBe('"db": {');
    expect(lines[r!.endLine! - 1]?.trim()).toBe('}');
    expect(r!.endLine! - r!.line).toBe(6);
    expect(r!.snippet).toContain('"identifier": "ehr"');
    expect(r!.snippet).toContain('"password": "<redacted>",');
    expect(r!.snippet).not.toContain('hunter2');
  });

  it('turns ${} tokens into unknowns with references', () => {
    const [r] = parseCdktfStack('s', 'x/cdk.tf.json', JSON.stringify({ terraform: {}, resource: { aws_s3_bucket_versioning: { v: { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: { status: 'Enabled' } } } } }));
    expect(r?.values.bucket).toBe(UNKNOWN);
    expect(r?.refs.bucket).toEqual(['aws_s3_bucket.b']);
  });

  it('reads suppressions from // metadata and from a phiscan:ignore tag', async () => {
    const rs = await loadCdktfOut([out], { warn: () => {} });
    const exports = rs.find((r) => r.id === 'cdktf:phi-data/aws_s3_bucket.exports');
    expect(exports?.source).toMatchObject({
      suppressions: [
        { checkId: 'aws-s3-bucket-versioning-enabled', reason: 'export bucket is rebuilt nightly from the records bucket' },
        { checkId: 'aws-s3-bucket-kms-encryption', reason: 'exports are re-encrypted client-side' },
      ],
    });
  });

  it('locates keys in compact and pretty JSON alike', () => {
    const lines = (text: string) => parseCdktfStack('s', 'x/cdk.tf.json', text).map((r) => [r.address, r.line]);
    expect(lines('{"terraform":{},"resource":{"t_x":{"a":{"x":"}{"},"b":{}}}}')).toEqual([['t_x.a', 1], ['t_x.b', 1]]);
    expect(lines('{\n "resource": {\n  "t_x": {\n   "a\\"q": {}\n  }\n }\n}')).toEqual([['t_x.a"q', 4]]);
  });
});
