import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/merge/merge.js';
import type { ScanReport } from '../../src/model/report.js';
import { startGcpSimulator, type GcpSimulator } from '../../src/simulator/gcp/server.js';
import { ORG_WORLD } from '../providers/gcp/_world.js';
import { syntheticReport } from '../helpers/synthetic-report.js';
import { gcpInput, scan } from './_scan.js';

let sim: GcpSimulator;
beforeAll(async () => {
  sim = await startGcpSimulator({ world: ORG_WORLD });
});
afterAll(async () => {
  await sim.close();
});

const readJson = (dir: string): string => readFileSync(join(dir, 'phiscan.json'), 'utf8');
/** Everything but the run metadata, byte for byte. */
const normalised = (r: ScanReport): string => `${JSON.stringify({ ...r, run: {} }, null, 2)}\n`;

describe('scan --shard and merge', () => {
  for (const [label, scope] of [
    ['three projects', { projects: ['alpha-prod', 'beta-prod', 'gamma-prod'] }],
    ['an organization', { organization: '100' }],
  ] as const) {
    it(`merging the shards of ${label} equals the unsharded scan, byte for byte after the run metadata`, async () => {
      const whole = await scan([gcpInput(sim, scope)]);
      const unsharded = JSON.parse(readJson(whole.output)) as ScanReport;
      expect(unsharded.findings.length).toBeGreaterThan(20);
      for (const count of [2, 3, 5]) {
        const shards = [];
        for (let index = 1; index <= count; index++) {
          const s = await scan([gcpInput(sim, scope)], { shard: { index, count } });
          const report = JSON.parse(readJson(s.output)) as ScanReport;
          expect(report.run.shard).toEqual({ index, count });
          shards.push({ file: `shard-${index}.json`, report });
        }
        // Disjoint: no resource is collected by two shards.
        const ids = shards.flatMap((s) => s.report.resources.map((r) => r.id));
        expect(new Set(ids).size).toBe(ids.length);
        const { report: merged } = mergeReports(shards);
        expect(normalised(merged)).toBe(normalised(unsharded));
        expect(merged.run.merged).toEqual({ reports: count, shards: { count, indices: Array.from({ length: count }, (_, i) => i + 1) } });
        expect(merged.run.command).toBe('merge');
      }
    });
  }

  it('coverage gaps land in the shard that owns their project, and merge like the unsharded scan', async () => {
    const faulty = await startGcpSimulator({ world: ORG_WORLD, faults: [{ assetType: 'storage.googleapis.com/Bucket', code: 'PERMISSION_DENIED', parent: 'projects/beta-prod' }] });
    try {
      const scope = { projects: ['alpha-prod', 'beta-prod', 'gamma-prod'] };
      const unsharded = JSON.parse(readJson((await scan([gcpInput(faulty, scope)])).output)) as ScanReport;
      expect(unsharded.gaps.length).toBeGreaterThan(0);
      const shards = [];
      for (const index of [1, 2]) shards.push({ file: `${index}.json`, report: JSON.parse(readJson((await scan([gcpInput(faulty, scope)], { shard: { index, count: 2 } })).output)) as ScanReport });
      expect(shards.map((s) => s.report.gaps.length).sort()).toEqual([0, unsharded.gaps.length]);
      expect(normalised(mergeReports(shards).report)).toBe(normalised(unsharded));
    } finally {
      await faulty.close();
    }
  });

  it('a project-scoped shard lists only its own projects', async () => {
    const before = sim.calls.length;
    await scan([gcpInput(sim, { projects: ['alpha-prod', 'beta-prod', 'gamma-prod'] })], { shard: { index: 2, count: 3 } });
    const parents = new Set(sim.calls.slice(before).map((c) => c.parent));
    expect([...parents]).toEqual(['projects/beta-prod']);
  });

  it('refuses overlapping shards, mixed shard counts, mixed versions and incomplete sets (one line)', async () => {
    const scope = { projects: ['alpha-prod', 'beta-prod'] };
    const one = JSON.parse(readJson((await scan([gcpInput(sim, scope)], { shard: { index: 1, count: 2 } })).output)) as ScanReport;
    const two = JSON.parse(readJson((await scan([gcpInput(sim, scope)], { shard: { index: 2, count: 2 } })).output)) as ScanReport;
    const err = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err(() => mergeReports([{ file: 'a.json', report: one }, { file: 'b.json', report: one }]))).toBe('merge: overlapping reports: a.json and b.json are both the shard 1/2');
    expect(err(() => mergeReports([{ file: 'a.json', report: one }, { file: 'b.json', report: { ...two, run: { ...two.run, shard: { index: 2, count: 3 } } } }]))).toMatch(/^merge: mixed shard sets/);
    expect(err(() => mergeReports([{ file: 'a.json', report: one }, { file: 'b.json', report: { ...two, tool: { name: 'phiscan', version: '9.9.9' } } }]))).toBe(
      'merge: a.json has phiscan 0.1.0, b.json has 9.9.9; merge reports of one phiscan version and catalog only',
    );
    expect(err(() => mergeReports([{ file: 'a.json', report: one }, { file: 'b.json', report: { ...two, catalog: { ...two.catalog, version: '1999.1.0' } } }]))).toMatch(/^merge: a.json has catalog /);
    expect(err(() => mergeReports([{ file: 'a.json', report: one }]))).toBe('merge: shard 2 of 2 missing (pass --allow-partial to merge an incomplete set)');
    const partial = mergeReports([{ file: 'a.json', report: one }], { allowPartial: true });
    expect(partial.missingShards).toEqual([2]);
    expect(partial.report.summary.coverage).toBe('partial');
    for (const e of [err(() => mergeReports([{ file: 'a.json', report: one }, { file: 'b.json', report: one }]))]) expect(e.split('\n')).toHaveLength(1);
  });
});

describe('merge of recorded exceptions', () => {
  it('counts the findings each exception excepted in every shard', () => {
    const base = syntheticReport({ findings: 30 });
    const exception = { requirement: 'encryption-at-rest' as const, ground: '164.312(b)(3)(i)', groundTitle: 'g', resources: ['*'], scope: null, checks: null, compensatingControl: 'c', owner: 'o', reviewBy: '2027-01-01', note: null, state: 'active' as const, findings: 0 };
    const shard = (index: number, findings: number): ScanReport => ({
      ...base,
      run: { ...base.run, shard: { index, count: 2 } },
      attestations: { file: 'a.yaml', asOf: '2026-11-18', scopeUnits: ['aws:1'], entries: [], exceptions: [{ ...exception, findings }] },
    });
    const { report } = mergeReports([{ file: 'a.json', report: shard(1, 2) }, { file: 'b.json', report: shard(2, 3) }]);
    expect(report.attestations?.exceptions?.[0]?.findings).toBe(5);
  });
});
