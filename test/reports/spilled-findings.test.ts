/**
 * A scan of millions of findings hands reporters a list spilled to disk instead of an array
 * (src/engine/finding-store.ts). Every format must come out byte for byte as from the array.
 */
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../reports/index.js';
import { materializeAll } from '../../reports/output.js';
import { disposeFindings, spillingFindings } from '../../src/engine/finding-store.js';
import { syntheticReport } from '../helpers/synthetic-report.js';

describe('reporters on spilled findings', () => {
  it('every format is byte-identical to its rendering of the same findings as an array', async () => {
    const report = syntheticReport({ findings: 900, hostile: true, gaps: 2 });
    const baseline = { findings: syntheticReport({ findings: 900, variant: 'next' }).findings };
    const sink = spillingFindings(100);
    for (const f of [...report.findings].reverse()) sink.add(f);
    const findings = sink.finish();
    try {
      expect(Array.isArray(findings)).toBe(false);
      for (const reporter of REPORTERS) {
        for (const options of [{}, { baseline, sarifNotAssessed: 'note' as const }]) {
          const fromArray = await materializeAll(await reporter.render(report, options));
          const fromSpill = await materializeAll(await reporter.render({ ...report, findings }, options));
          expect(fromSpill, reporter.format).toEqual(fromArray);
        }
      }
    } finally {
      disposeFindings(findings);
    }
  }, 120_000);
});
