import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../checks/index.js';
import { COVERAGE_DOC_END, COVERAGE_DOC_START, renderCoverageDoc } from '../../src/nprm/reference-lists/doc.js';
import { REFERENCE_LISTS, countByStatus, coverageChecks } from '../../src/nprm/reference-lists/index.js';
import { prowlerList } from '../../src/nprm/reference-lists/prowler.js';
import { covered, outOfScope, partial, uncovered } from '../../src/nprm/reference-lists/types.js';
import { expectGeneratedSection } from '../helpers/generated-doc.js';

const registry = new Map(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));
const allRows = REFERENCE_LISTS.flatMap((l) => [...l.rows, ...(l.parts?.rows ?? [])].map((r) => ({ list: l, row: r })));

describe('docs/coverage.md', () => {
  it('carries the generated coverage tables', () => {
    // PHISCAN_UPDATE_DOCS=1 npx vitest run test/nprm/coverage.test.ts rewrites them.
    expectGeneratedSection(join(import.meta.dirname, '..', '..', 'docs', 'coverage.md'), COVERAGE_DOC_START, COVERAGE_DOC_END, renderCoverageDoc());
  });

  it('names only checks that exist', () => {
    const missing = [...new Set(allRows.flatMap(({ row }) => coverageChecks(row.coverage)).filter((id) => !registry.has(id)))].sort();
    expect(missing).toEqual([]);
  });

  it("names only checks of the list's cloud", () => {
    const wrong = allRows.flatMap(({ list, row }) =>
      coverageChecks(row.coverage)
        .filter((id) => registry.has(id) && registry.get(id)?.provider !== list.cloud)
        .map((id) => `${list.key} ${row.id}: ${id} is ${registry.get(id)?.provider ?? '?'}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lists each external item once, and maps every Prowler check a requirement names', () => {
    for (const l of REFERENCE_LISTS) {
      const ids = l.rows.map((r) => r.id);
      expect(new Set(ids).size, l.key).toBe(ids.length);
      // A mapped Prowler check no requirement lists would be a typo in either list.
      expect(l.parts?.rows.filter((r) => r.detail === '').map((r) => r.id) ?? [], l.key).toEqual([]);
    }
  });

  it('gives every row a check, or a reason', () => {
    for (const { list, row } of allRows) {
      const c = row.coverage;
      if (c.status === 'covered' || c.status === 'partial') expect(c.checks.length, `${list.key} ${row.id}`).toBeGreaterThan(0);
      if (c.status === 'partial') expect(c.note, `${list.key} ${row.id}`).not.toBe('');
      if (c.status === 'out-of-scope' || c.status === 'uncovered') expect(c.reason, `${list.key} ${row.id}`).not.toBe('');
    }
  });
});

describe('Prowler requirement coverage', () => {
  const meta = { key: 't', title: 't', cloud: 'aws', source: { repo: 'r', path: 'p', commit: 'c' }, scope: 's' } as const;
  const byCheck = { a: covered(['x']), b: partial(['y'], 'half'), c: uncovered('none yet'), d: outOfScope('process') };
  const statusOf = (checks: string[]) => prowlerList(meta, [{ id: 'r', name: 'r', checks }], byCheck).rows[0]?.coverage;

  it('is covered only when every in-scope Prowler check is', () => {
    expect(statusOf(['a', 'd'])).toEqual(covered(['x'], 'out of scope: d'));
    expect(statusOf(['a', 'b'])?.status).toBe('partial');
    expect(statusOf(['a', 'c'])).toEqual(partial(['x'], 'not fully covered: c (uncovered)'));
  });

  it('is uncovered when no in-scope Prowler check has a phiscan check, out of scope when none is in scope', () => {
    expect(statusOf(['c', 'd'])?.status).toBe('uncovered');
    expect(statusOf(['d'])?.status).toBe('out-of-scope');
  });

  it('refuses a Prowler check without a mapping', () => {
    expect(() => statusOf(['a', 'zzz'])).toThrow(/zzz has no mapping/);
  });

  it('counts rows by status', () => {
    const rows = prowlerList(meta, [{ id: '1', name: '1', checks: ['a'] }, { id: '2', name: '2', checks: ['c'] }], byCheck).rows;
    expect(countByStatus(rows)).toEqual({ covered: 1, partial: 0, 'out-of-scope': 0, uncovered: 1 });
  });
});
