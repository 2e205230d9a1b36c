import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFindings, disposeFindings, memoryFindings, removeSpills, ScratchSpaceError, spillingFindings } from '../../src/engine/finding-store.js';
import { isUsageError } from '../../src/cli/exit-codes.js';
import type { Finding } from '../../src/model/finding.js';
import type { FindingList } from '../../src/model/report.js';
import { syntheticReport } from '../helpers/synthetic-report.js';

const findings = syntheticReport({ findings: 1200, hostile: true, gaps: 1 }).findings;
/** The same findings in a scrambled, deterministic order, as the engine might emit them. */
const scrambled = findings.map((f, i) => [((i * 7919) % 1201) + i / 1e6, f] as const).sort((a, b) => a[0] - b[0]).map(([, f]) => f);

const spillDirs = (): string[] => readdirSync(tmpdir()).filter((d) => d.startsWith('phiscan-findings-'));

function fill<F extends FindingList>(sink: { add(f: Finding): void; finish(): F }, items: readonly Finding[]): F {
  for (const f of items) sink.add(f);
  return sink.finish();
}

describe('findings spilled to disk', () => {
  it('read back in report order, equal to the in-memory sort, every time they are read', () => {
    const expected = fill(memoryFindings(), scrambled);
    const before = new Set(spillDirs());
    const spilled = fill(spillingFindings(100), scrambled);
    try {
      expect(Array.isArray(spilled)).toBe(false);
      expect(spilled.length).toBe(expected.length);
      expect([...spilled]).toEqual(expected);
      expect([...spilled]).toEqual(expected);
      const sorted = [...spilled];
      for (let i = 1; i < sorted.length; i++) expect(compareFindings(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      // A reader that stops early (some(), a bounded head) leaves the list readable.
      for (const f of spilled) if (f) break;
      expect([...spilled]).toHaveLength(expected.length);
      const dirs = spillDirs().filter((d) => !before.has(d));
      expect(dirs).toHaveLength(1);
      const dir = join(tmpdir(), dirs[0]!);
      // Findings name resources: owner-only directory and files.
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir).length).toBe(Math.ceil(expected.length / 100));
      disposeFindings(spilled);
      expect(existsSync(dir)).toBe(false);
      expect(() => [...spilled]).toThrow(/released/);
    } finally {
      disposeFindings(spilled);
    }
  });

  it('equal keys keep the order they were produced in, across runs (a stable sort)', () => {
    const a = findings[0]!;
    const twins = Array.from({ length: 25 }, (_, i) => ({ ...a, message: `twin ${i}` }));
    const spilled = fill(spillingFindings(4), twins);
    try {
      expect([...spilled].map((f) => f.message)).toEqual(twins.map((f) => f.message));
    } finally {
      disposeFindings(spilled);
    }
  });

  it('stay in memory (no file) up to one run, and removeSpills removes what is left', () => {
    const before = new Set(spillDirs());
    const small = fill(spillingFindings(findings.length), scrambled);
    expect(Array.isArray(small)).toBe(true);
    expect(spillDirs().filter((d) => !before.has(d))).toEqual([]);
    const spilled = fill(spillingFindings(500), scrambled);
    expect(spillDirs().filter((d) => !before.has(d))).toHaveLength(1);
    removeSpills();
    expect(spillDirs().filter((d) => !before.has(d))).toEqual([]);
    expect(() => [...spilled]).toThrow(/released/);
  });

  it('a temporary directory that cannot take a run is a ScratchSpaceError naming it and the fix (the CLI: exit 2, one line)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phiscan-scratch-')), 'a-file');
    writeFileSync(file, '');
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = file;
    try {
      expect(() => fill(spillingFindings(10), findings.slice(0, 11))).toThrow(ScratchSpaceError);
      expect(() => fill(spillingFindings(10), findings.slice(0, 11))).toThrow(/^could not write findings to the temporary directory \S+a-file \(a scan past 50,000 findings keeps them there\): ENOTDIR: .*; free space there or set TMPDIR to a larger disk$/);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    expect(isUsageError(new ScratchSpaceError('x'))).toBe(true);
  });
});
