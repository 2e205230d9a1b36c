import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '../checks/index.js';
import { createGcpCollector } from '../providers/gcp/index.js';
import { runScan } from '../src/cli/pipeline.js';
import type { Shard } from '../src/engine/shard.js';
import { mergeReports } from '../src/merge/merge.js';
import type { ScanReport } from '../src/model/report.js';
import { generateOrgWorld } from '../src/simulator/gcp/generate.js';
import { startGcpSimulator, type GcpSimulator } from '../src/simulator/gcp/server.js';

const PROJECTS = 20;
const ASSETS_PER_PROJECT = 300;
const LATENCY_MS = 25;
const SHARDS = 4;

async function scanOnce(sim: GcpSimulator, projects: readonly string[], shard: Shard | undefined): Promise<ScanReport> {
  const output = mkdtempSync(join(tmpdir(), 'phiscan-bench-shard-'));
  try {
    await runScan({
      command: 'scan',
      inputs: [{ collector: createGcpCollector({ projects }, { clientOptions: sim.clientOptions() }), input: { kind: 'gcp', scope: projects.map((p) => `projects/${p}`) } }],
      checks: ALL_CHECKS,
      formats: ['json'],
      output,
      failOn: 'info',
      strict: false,
      selection: { failOn: 'info', checks: [], skipChecks: [], requirements: [], strict: false },
      clock: () => new Date('2026-11-25T00:00:00Z'),
      progress: { update: () => undefined, done: () => undefined },
      warn: () => undefined,
      shard,
    });
    return JSON.parse(readFileSync(join(output, 'phiscan.json'), 'utf8')) as ScanReport;
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

/**
 * Scale-out: 20 projects x 300 assets behind 25 ms per call, scanned end to end (collect,
 * evaluate, write) once unsharded and as 4 concurrent shards, then the shards merged.
 * The shards run in one process here, so the wall-time gain is the I/O overlap only.
 */
export async function run(): Promise<Record<string, number | string>> {
  const world = generateOrgWorld(PROJECTS, ASSETS_PER_PROJECT);
  const projects = world.projects.map((p) => p.projectId);
  const sim = await startGcpSimulator({ world, latencyMs: LATENCY_MS });
  try {
    let t = performance.now();
    const whole = await scanOnce(sim, projects, undefined);
    const unshardedMs = Math.round(performance.now() - t);
    t = performance.now();
    const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => scanOnce(sim, projects, { index: i + 1, count: SHARDS })));
    const shardedMs = Math.round(performance.now() - t);
    t = performance.now();
    const { report: merged } = mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })));
    const mergeMs = Math.round(performance.now() - t);
    const same = JSON.stringify({ ...merged, run: {} }) === JSON.stringify({ ...whole, run: {} });
    return {
      world: `${PROJECTS} projects x ${ASSETS_PER_PROJECT} assets, ${LATENCY_MS} ms latency`,
      findings: whole.findings.length,
      resources: whole.resources.length,
      unsharded_wall_ms: unshardedMs,
      [`sharded_${SHARDS}_concurrent_wall_ms`]: shardedMs,
      merge_ms: mergeMs,
      merged_equals_unsharded: String(same),
    };
  } finally {
    await sim.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.env.METADATA_SERVER_DETECTION = 'none';
  console.log(JSON.stringify(await run(), null, 2));
}
