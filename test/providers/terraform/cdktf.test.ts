import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { literalString, parseCdktfStack, readCdktfStack } from '../../../providers/terraform/cdktf.js';
import { loadCdktfOut } from '../../../providers/terraform/index.js';
import { UNKNOWN, type TfResource } from '../../../providers/terraform/model.js';
import { snippetText, type IacSource } from '../../../src/model/resource.js';
import { encode } from '../../adversarial/iac/generate.js';

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

describe('CDKTF snippets read back from cdk.tf.json', () => {
  // Secrets (in compact JSON, a whole block is one line), multibyte text, a block over 20 lines, a first line over 2 KB (no snippet), an escaped name.
  const stack = {
    terraform: {},
    provider: { aws: [{ region: 'eu-west-1' }] },
    resource: {
      aws_db_instance: {
        'db-é': { identifier: 'ehr-ünï-😀', password: 'hunter2', tags: { Name: 'データ', client_secret: 'shh-do-not-report', 'a "quoted\\" token': 'escaped-secret' } },
        'q"uote': { identifier: 'x', tags: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${i}`, `värde ${i}`])) },
      },
      aws_s3_bucket: { long: { bucket: 'b', tags: { big: 'ü'.repeat(3000) } } },
      aws_secretsmanager_secret_version: { v: { secret_id: 's', value: 'the-secret-value' } },
    },
  };
  const pretty = JSON.stringify(stack, null, 2);
  const texts: Record<string, Buffer> = {
    pretty: encode(pretty, 'utf-8'),
    compact: encode(JSON.stringify(stack), 'utf-8'),
    crlf: encode(pretty.replaceAll('\n', '\r\n'), 'utf-8'),
    bom: encode(pretty, 'utf-8-bom'),
    'key and value on separate lines': encode(pretty.replaceAll('": {', '":\n  {'), 'utf-8'),
  };
  const write = (bytes: Buffer): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'phiscan-cdktf-')), 'cdk.tf.json');
    writeFileSync(file, bytes);
    return file;
  };
  const text = (r: TfResource | undefined) => snippetText({ snippet: r?.snippet } as IacSource);

  for (const [name, bytes] of Object.entries(texts)) {
    it(`gives the snippet the text held in memory gives, read only when asked (${name})`, async () => {
      const file = write(bytes);
      const eager = parseCdktfStack('s', file, bytes.toString('utf8').replace(/^\uFEFF/, ''));
      const lazy = await readCdktfStack('s', file);
      expect(lazy.map((r) => r.address)).toEqual(eager.map((r) => r.address));
      for (const [i, r] of lazy.entries()) {
        expect(typeof r.snippet, r.address).toBe('object'); // not a string held for the whole scan
        expect(text(r), r.address).toBe((eager[i]!.snippet as string) || undefined);
        expect(r.endLine).toBe(eager[i]!.endLine);
        // As the JSON report writes it: the same key in the same place, or no key.
        expect(JSON.stringify({ a: 1, snippet: r.snippet, b: 2 })).toBe(JSON.stringify({ a: 1, snippet: (eager[i]!.snippet as string) || undefined, b: 2 }));
      }
      const [db, quote, long, secret] = lazy;
      expect(text(db)).toContain('ehr-ünï-😀');
      const colon = name === 'compact' ? ':' : ': ';
      expect(text(db)).toContain(`"password"${colon}"<redacted>"`);
      expect(text(db)).toContain(`"client_secret"${colon}"<redacted>"`);
      expect(text(secret)).toContain(`"value"${colon}"<redacted>"`);
      for (const r of lazy) expect(text(r) ?? '').not.toMatch(/hunter2|shh-do-not-report|the-secret-value|escaped-secret/);
      if (name !== 'compact') {
        expect(text(quote)).toMatch(/^"q\\"uote": \{/);
        expect(text(quote)!.split('\n')).toHaveLength(20);
      } else expect(text(long)).toBeUndefined(); // its only line is over 2 KB
    });
  }

  it('keeps the text for UTF-16 input, whose offsets are not the file\'s', async () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const lazy = await readCdktfStack('s', write(encode(pretty, encoding)));
      const eager = parseCdktfStack('s', 'x/cdk.tf.json', pretty);
      expect(lazy.map((r) => r.snippet)).toEqual(eager.map((r) => r.snippet));
      expect(typeof lazy[0]!.snippet).toBe('string');
    }
  });

  it('has no snippet, and does not fail, once the file changed or vanished since it was read', async () => {
    const file = write(texts.pretty!);
    const [db] = await readCdktfStack('s', file);
    expect(text(db)).toContain('"identifier": "ehr-ünï-😀"');
    await tick(); // the descriptor of that read is closed: the next read checks the file again
    // The same size, other text: a snippet from it would not be the block read.
    const mtime = statSync(file).mtime;
    writeFileSync(file, pretty.replace('hunter2', 'hunter3'));
    utimesSync(file, mtime, new Date(mtime.getTime() + 1000));
    expect(text(db)).toBeUndefined();
    expect(JSON.stringify({ snippet: db!.snippet })).toBe('{}');
    const [again] = await readCdktfStack('s', file);
    rmSync(file);
    await tick();
    expect(text(again)).toBeUndefined();
  });
});

describe('CDKTF snippet redaction', () => {
  it('redacts secret-looking members wherever they stand on a line, keys with escapes read as the names they spell', () => {
    const stack = '{"terraform":{},"resource":{"aws_db_instance":{"db":{"identifier":"ehr","p\\u0061ssword":"hunter2","port":5432,"tags":{"api_token":"t0k","note":"\\"password\\": \\"not-a-member\\""}}}}}';
    const [r] = parseCdktfStack('s', 'x/cdk.tf.json', stack);
    expect(r!.snippet).toBe('"db": {"identifier":"ehr","p\\u0061ssword":"<redacted>","port":5432,"tags":{"api_token":"<redacted>","note":"\\"password\\": \\"not-a-member\\""}}');
  });
});
