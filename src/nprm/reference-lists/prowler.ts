/**
 * Prowler's HIPAA frameworks list requirements, each with the Prowler checks that evidence it.
 * We map every Prowler check once; a requirement's coverage is derived from its checks, so a
 * requirement is "covered" only when every in-scope Prowler check under it is.
 */
import { coverageChecks, covered, outOfScope, partial, uncovered, type Coverage, type CoverageRow, type ReferenceList } from './types.js';

export interface ProwlerRequirement {
  readonly id: string;
  readonly name: string;
  readonly checks: readonly string[];
}

type ProwlerListMeta = Pick<ReferenceList, 'key' | 'title' | 'cloud' | 'source' | 'scope'>;

export function prowlerList(meta: ProwlerListMeta, requirements: readonly ProwlerRequirement[], byCheck: Readonly<Record<string, Coverage>>): ReferenceList {
  const coverageOf = (check: string): Coverage => {
    const c = byCheck[check];
    if (!c) throw new Error(`${meta.key}: Prowler check ${check} has no mapping`);
    return c;
  };
  return {
    ...meta,
    idHeader: 'Prowler requirement',
    detailHeader: 'name (Prowler checks)',
    rows: requirements.map((r) => ({ id: r.id, detail: `${r.name} (${r.checks.length})`, coverage: deriveRequirement(r.checks.map((c) => [c, coverageOf(c)] as const)) })),
    parts: {
      header: 'Prowler check',
      rows: Object.keys(byCheck)
        .sort()
        .map((id): CoverageRow => ({ id, detail: requirements.filter((r) => r.checks.includes(id)).map((r) => r.id).join(', '), coverage: coverageOf(id) })),
    },
  };
}

function deriveRequirement(checks: readonly (readonly [string, Coverage])[]): Coverage {
  const inScope = checks.filter(([, c]) => c.status !== 'out-of-scope');
  const excluded = checks.filter(([, c]) => c.status === 'out-of-scope').map(([id]) => id);
  if (inScope.length === 0) return outOfScope(`every Prowler check under it is out of scope: ${excluded.join(', ')}`);
  const phiscan = [...new Set(inScope.flatMap(([, c]) => coverageChecks(c)))];
  const short = inScope.filter(([, c]) => c.status !== 'covered').map(([id, c]) => `${id} (${c.status})`);
  const outNote = excluded.length ? `out of scope: ${excluded.join(', ')}` : '';
  if (short.length === 0) return covered(phiscan, outNote || undefined);
  if (phiscan.length === 0) return uncovered(`no phiscan check for: ${short.join(', ')}`);
  return partial(phiscan, [`not fully covered: ${short.join(', ')}`, outNote].filter(Boolean).join('; '));
}
