import { describe, expect, it } from 'vitest';
import { leastN } from '../../src/lib/arrays.js';
import { compareFindings } from '../../src/engine/finding-store.js';
import { SEVERITIES, STATUSES, type Finding } from '../../src/model/finding.js';
import { findingOrder, firstInOrder } from '../../reports/html/payload.js';

/** Findings over a few checks and resources with every status and severity, from a deterministic sequence. */
function findings(count: number, seed: number): Finding[] {
  let x = seed;
  const next = (m: number) => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31), x % m);
  return Array.from({ length: count }, (_, i) => {
    const checkId = `check-${next(12)}`;
    const resource = `r-${next(count)}`;
    return {
      checkId,
      status: STATUSES[next(STATUSES.length)],
      severity: SEVERITIES[next(SEVERITIES.length)],
      requirements: [],
      resource: { id: resource, type: 'aws.s3.bucket', provider: 'aws', name: resource, source: { kind: 'scope' } },
      ephi: false,
      message: `m${i}`,
      evidence: [],
      remediation: '',
      fingerprint: `${checkId}/${resource}/${next(3)}`,
    } as unknown as Finding;
  });
}

describe('firstInOrder (the HTML table\'s findings)', () => {
  it('is leastN by findingOrder, ties in list order, on lists in report order and out of it, for n inside, across and past the groups', () => {
    for (const seed of [1, 2, 3]) {
      const list = findings(3_000, seed);
      const reportOrder = [...list].sort((a, b) => compareFindings(a, b) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
      for (const input of [reportOrder, list]) {
        for (const n of [1, 7, 250, 1_499, 2_999, 3_000, 5_000]) {
          expect(firstInOrder(input, n).map((f) => f.message), `seed ${seed} n ${n}`).toEqual(leastN(input, n, findingOrder).map((f) => f.message));
        }
      }
    }
  });

  it('reads a list in report order twice (counting its groups, then keeping what it returns)', () => {
    const list = [...findings(2_000, 9)].sort((a, b) => compareFindings(a, b) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    let reads = 0;
    const counted = { length: list.length, *[Symbol.iterator]() { reads++; yield* list; } };
    expect(firstInOrder(counted, 100)).toHaveLength(100);
    expect(reads).toBe(2);
  });
});
