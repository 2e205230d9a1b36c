import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeCdktf, writeLargePlan } from '../test/adversarial/iac/generate.js';

const RESOURCES = Number(process.env.PHISCAN_BENCH_SCALE_RESOURCES ?? 1_000_000);
const FORMATS = ['json', 'sarif', 'html', 'network-map', 'inventory', 'junit', 'markdown', 'pdf'] as const;
const RSS_BUDGET_MIB = 1024;
const MAIN = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
/** Loaded before the CLI: prints the process's peak RSS when it exits. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPHISCAN_MAXRSS_KIB '+process.resourceUsage().maxRSS+'\\n'))`;

/** One `phiscan scan` of `input` to one format in its own process: peak RSS (MiB) and wall seconds. */
function scan(inputFlag: string, input: string, format: string, out: string): { rss: number; s: number; code: number | null } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', PEAK_RSS, MAIN, 'scan', inputFlag, input, '-f', format, '-o', out, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const s = Math.round((performance.now() - started) / 100) / 10;
  const kib = Number(/PHISCAN_MAXRSS_KIB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`scale: ${inputFlag} ${format} exited ${String(r.status)}: ${r.stderr.split('\n').find((l) => l.trim()) ?? ''}\n`);
  rmSync(out, { recursive: true, force: true });
  return { rss: Math.round(kib / 1024), s, code: r.status };
}

/**
 * Issue 19 §5's bound: peak RSS of a whole `phiscan scan` (read, map, evaluate, render, write) of
 * a generated N-resource estate, for each IaC input format and each output format, one process
 * per pair. Uses the build (`npm run build` first). Budget: under 1 GiB at 1M resources. The
 * normalized NDJSON inventory is measured by the `evaluate` benchmark (it is not a scan input).
 */
export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(MAIN)) throw new Error('bench scale: run `npm run build` first (it measures the built CLI)');
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-bench-scale-'));
  try {
    const plan = join(dir, 'plan.json');
    writeLargePlan(plan, RESOURCES);
    const stack = join(dir, 'cdktf.out', 'stacks', 'scale');
    mkdirSync(stack, { recursive: true });
    writeLargeCdktf(join(stack, 'cdk.tf.json'), RESOURCES);
    const out: Record<string, number | string> = {
      resources: RESOURCES,
      resource_mix: 'aws_kms_key and aws_ebs_volume, half each (test/adversarial/iac/generate.ts writeLargePlan)',
      plan_mib: Math.round(statSync(plan).size / 2 ** 20),
      cdktf_mib: Math.round(statSync(join(stack, 'cdk.tf.json')).size / 2 ** 20),
    };
    let worst = 0;
    for (const [name, flag, input] of [['plan', '--terraform-plan', plan], ['cdktf', '--cdktf-out', join(dir, 'cdktf.out')]] as const) {
      for (const format of FORMATS) {
        const r = scan(flag, input, format, join(dir, 'out'));
        const key = `${name}_${format.replace('-', '_')}`;
        out[`${key}_peak_rss_mib`] = r.code === 0 || r.code === 1 ? r.rss : `${r.rss} (exit ${String(r.code)})`;
        out[`${key}_s`] = r.s;
        worst = Math.max(worst, r.rss);
      }
    }
    await Promise.resolve();
    out.worst_peak_rss_mib = worst;
    out.rss_budget_mib = RSS_BUDGET_MIB;
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
