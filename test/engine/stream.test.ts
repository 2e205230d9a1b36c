import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { DEMO_SOURCES } from '../../src/cli/demo-sources.js';
import { ndjsonSource, topLevelType } from '../../src/engine/ndjson-source.js';
import { compareFindings, evaluate, runEngine } from '../../src/engine/run.js';
import { evaluateStream } from '../../src/engine/stream.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { Finding } from '../../src/model/finding.js';
import type { Resource } from '../../src/model/resource.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let dir: string;
let demo: Resource[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phiscan-stream-'));
  demo = [];
  for (const start of DEMO_SOURCES) {
    const s = await start();
    try {
      for await (const e of s.collector.collect({ log: () => undefined })) if (e.kind === 'resource') demo.push(e.resource);
    } finally {
      await s.close();
    }
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeNdjson(name: string, resources: readonly Resource[]): string {
  const file = join(dir, name);
  writeFileSync(file, resources.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

describe('evaluateStream', () => {
  it('gives exactly the findings of the in-memory engine on every demo world, cross-resource checks included', async () => {
    // Reversed, so lookups cannot rely on input order; one duplicate id, which the first occurrence wins.
    const input = [...demo].reverse();
    input.push({ ...(demo[0] as Resource), name: 'duplicate' });
    const gaps: CoverageGap[] = [{ provider: 'aws', account: '111111111111', region: 'eu-west-1', service: 'rds', operation: 'DescribeDBInstances', reason: 'access-denied', errorCode: 'AccessDenied', message: 'User is not authorized to perform rds:DescribeDBInstances', resourceTypes: ['aws.rds.instance'] }];
    // eslint-disable-next-line @typescript-eslint/require-await -- the engine consumes an async stream
    async function* events() {
      for (const gap of gaps) yield { kind: 'gap' as const, gap };
      for (const resource of input) yield { kind: 'resource' as const, resource };
    }
    // The in-memory engine with the full inventory view (the duplicate left out: first wins).
    const batch = evaluate(input.slice(0, -1), gaps, ALL_CHECKS, { now: NOW });
    // What `scan` runs: the streaming engine over the collected resources, sorted.
    const scanned = await runEngine(events(), ALL_CHECKS, { now: NOW });
    expect(scanned.findings).toEqual(batch.findings);
    expect(scanned.resources).toEqual(batch.resources);
    expect(scanned.notApplicable).toBe(batch.notApplicable);
    const streamed: Finding[] = [];
    const result = await evaluateStream(ndjsonSource(writeNdjson('demo.ndjson', input)), gaps, ALL_CHECKS, { now: NOW }, (f) => streamed.push(f));
    expect(streamed.sort(compareFindings)).toEqual(batch.findings);
    expect(result).toEqual({ resources: batch.resources.length, findings: batch.findings.length, notApplicable: batch.notApplicable });
    // The comparison is only meaningful if cross-resource checks produced verdicts.
    const crossResource = new Set(ALL_CHECKS.filter((c) => c.lookups).map((c) => c.meta.id));
    expect(batch.findings.filter((f) => crossResource.has(f.checkId) && f.status !== 'not_assessed').length).toBeGreaterThan(3);
  });

  it('answers an undeclared lookup with an error, so the check is not assessed rather than wrong', async () => {
    const check = ALL_CHECKS.find((c) => c.meta.id === 'aws-s3-bucket-public-access-blocked');
    if (!check) throw new Error('check missing');
    const bucket = demo.find((r) => r.type === 'aws.s3.bucket') as Resource<'aws.s3.bucket'>;
    // No bucket-level block: the check has to ask for the account-level setting.
    const open = { ...bucket, config: { ...bucket.config, publicAccessBlock: null } } as Resource;
    const out: Finding[] = [];
    await evaluateStream(ndjsonSource(writeNdjson('one.ndjson', [open])), [], [{ ...check, lookups: {} }], { now: NOW }, (f) => out.push(f));
    expect(out).toHaveLength(1);
    expect(out[0]?.status).toBe('not_assessed');
    expect(out[0]?.message).toMatch(/not declared/);
  });
});

describe('evaluateStream referencing()', () => {
  it('lists a resource that names the target more than once exactly once, as the in-memory view does', async () => {
    const key = { provider: 'aws', type: 'aws.kms.key', id: 'arn:aws:kms:us-east-1:1:key/k', name: 'k', account: '1', region: 'us-east-1', tags: {}, config: {}, source: { kind: 'live', api: 'test' } } as unknown as Resource;
    const user = (id: string, config: unknown): Resource => ({ ...key, type: 'aws.s3.bucket', id, name: id, config }) as unknown as Resource;
    const inventory = [key, user('b', { a: key.id, nested: [{ k: key.id }], other: 'arn:aws:kms:us-east-1:1:key/x' }), user('a', { s: key.id }), user('c', { s: 'unrelated' })];
    const users: string[][] = [];
    const check = {
      meta: { ...(ALL_CHECKS[0] as (typeof ALL_CHECKS)[number]).meta, id: 'aws-test-referencing', resourceTypes: ['aws.kms.key'] },
      lookups: { referencedIds: (r: Resource) => [r.id] },
      evaluate: (r: Resource, ctx: { inventory: { referencing(id: string): readonly { id: string }[] } }) => {
        users.push(ctx.inventory.referencing(r.id).map((u) => u.id));
        return { status: 'pass', message: 'ok', evidence: [] };
      },
    } as unknown as (typeof ALL_CHECKS)[number];
    await evaluateStream(ndjsonSource(writeNdjson('refs.ndjson', inventory)), [], [check], { now: NOW }, () => undefined);
    const batch = evaluate(inventory, [], [check], { now: NOW });
    expect(batch.findings).toHaveLength(1);
    expect(users).toEqual([['a', 'b'], ['a', 'b']]);
  });
});

describe('topLevelType', () => {
  const t = (json: string): string | undefined => topLevelType(Buffer.from(json))?.toString();
  it('finds the top-level type whatever the key order, ignoring nested and value occurrences', () => {
    expect(t('{"id":"a","type":"aws.s3.bucket","config":{}}')).toBe('aws.s3.bucket');
    expect(t('{"config":{"type":"nested"},"name":"type","type":"gcp.kms.crypto-key"}')).toBe('gcp.kms.crypto-key');
    expect(t('{"config":{"a":"\\"type\\":\\"x\\""},"type":"t"}')).toBe('t');
  });
  it('reads only the given byte range of a larger buffer', () => {
    const buf = Buffer.from('{"type":"a"}\n{"id":"x","type":"b"}\n{"type":"c\\u0061"}');
    expect(topLevelType(buf, 0, 12)).toBe('a');
    expect(topLevelType(buf, 13, 34)).toBe('b');
    expect(topLevelType(buf, 35)).toBeUndefined();
    // The value's closing quote beyond the range: not this line's type.
    expect(topLevelType(buf, 0, 10)).toBeUndefined();
  });
  it('gives up (so the line is parsed) on escapes or spacing it does not handle', () => {
    expect(t('{"type": "spaced"}')).toBeUndefined();
    expect(t('{"type":"esc\\u0061ped"}')).toBeUndefined();
  });
});
