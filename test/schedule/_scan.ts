import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '../../checks/index.js';
import { createGcpCollector, type GcpScope } from '../../providers/gcp/index.js';
import type { Collector } from '../../providers/types.js';
import { runScan, type ScanRequest } from '../../src/cli/pipeline.js';
import type { GcpSimulator } from '../../src/simulator/gcp/server.js';

process.env.METADATA_SERVER_DETECTION = 'none';

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'phiscan-schedule-'));
export const FIXED_CLOCK = (): Date => new Date('2026-11-25T12:00:00Z');

/** One scan through the real pipeline, writing into a fresh directory. */
export async function scan(collectors: readonly { collector: Collector; kind: string; scope: string[] }[], extra: Partial<ScanRequest> = {}) {
  const output = extra.output ?? tmp();
  const result = await runScan({
    command: 'scan',
    inputs: collectors.map((c) => ({ collector: c.collector, input: { kind: c.kind, scope: c.scope } })),
    checks: ALL_CHECKS,
    formats: ['json'],
    output,
    failOn: 'info',
    strict: false,
    selection: { failOn: 'info', checks: [], skipChecks: [], requirements: [], strict: false },
    clock: FIXED_CLOCK,
    progress: { update: () => undefined, done: () => undefined },
    warn: () => undefined,
    ...extra,
  });
  // Small scans keep their findings in memory (an array); copied so tests can use array methods.
  return { ...result, report: { ...result.report, findings: [...result.report.findings] }, output };
}

export function gcpInput(sim: GcpSimulator, scope: GcpScope) {
  return { collector: createGcpCollector(scope, { clientOptions: sim.clientOptions(), retry: { baseDelayMs: 5, maxDelayMs: 40, maxAttempts: 8 } }), kind: 'gcp', scope: ['x'] };
}
