import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplates, writeInventory } from './evaluate/generate.js';

const RESOURCES = Number(process.env.PHISCAN_BENCH_RESOURCES ?? 1_000_000);

interface PhaseResult {
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly findings: number;
  readonly failing: number;
}

/**
 * Scenario 1 of the performance budget: a generated inventory of normalized resources (templates
 * from every provider's demo world, ~10% cloned from failing templates) evaluated by every check.
 * Budget: evaluation (parse + evaluate) within 2x of parsing alone; peak RSS under 1 GiB.
 * Measured twice: findings counted only, and findings serialized to an NDJSON file.
 */
export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-bench-eval-'));
  try {
    const file = join(dir, 'inventory.ndjson');
    const pools = await loadTemplates(new Date('2026-01-01T00:00:00Z'));
    const { failingShare } = await writeInventory(file, pools, RESOURCES);
    const phase = (...args: string[]): PhaseResult =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'evaluate', 'worker.ts'), file, ...args], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }),
      ) as PhaseResult;
    const parse = phase('parse');
    const evaluated = phase('evaluate');
    const written = phase('evaluate', join(dir, 'findings.ndjson'));
    return {
      resources: RESOURCES,
      templates: `${pools.compliant.length} compliant, ${pools.failing.length} failing, providers ${[...new Set(pools.originals.map((r) => r.provider))].join('+')}`,
      failing_resource_share: Number(failingShare.toFixed(3)),
      file_mib: Math.round(statSync(file).size / 2 ** 20),
      parse_ms: parse.ms,
      parse_max_rss_mib: parse.maxRssMiB,
      evaluate_ms: evaluated.ms,
      evaluate_max_rss_mib: evaluated.maxRssMiB,
      findings: evaluated.findings,
      failing_findings: evaluated.failing,
      ratio_vs_parse: Number((evaluated.ms / parse.ms).toFixed(2)),
      with_findings_written_ms: written.ms,
      with_findings_written_max_rss_mib: written.maxRssMiB,
      findings_file_mib: Math.round(statSync(join(dir, 'findings.ndjson')).size / 2 ** 20),
      ratio_with_findings_written: Number((written.ms / parse.ms).toFixed(2)),
      budget_ratio: 2,
      budget_rss_mib: 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
