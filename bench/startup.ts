/**
 * `npm run bench -- startup`: how long the built CLI (`dist`, as the package installs it) takes to
 * start, against a bare `node -e 0` measured in the same run: `--version`, `--help` and an
 * IaC-only scan of a small Terraform plan. Each command runs RUNS times, the commands interleaved
 * so machine load falls on all alike; medians reported. Then one traced run of each
 * (scripts/module-trace.mjs) counts the modules it loaded, and the cloud SDK modules among them.
 * With PHISCAN_BENCH_BEFORE_CLI (an older build's main.js) the same commands of that build run
 * interleaved with these, for before/after numbers from one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 11;
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/src/cli/main.js');
const trace = join(root, 'scripts/module-trace.mjs');

/** Cloud SDKs and their transports: an IaC-only run loads none of them. */
export const CLOUD_SDK = /[\\/]node_modules[\\/](@aws-sdk|@smithy|@aws-crypto|@azure|@google-cloud|google-gax|@grpc)[\\/]/;
/** Loaded only by the reporters, validators and bundler that need them. */
const HEAVY = /[\\/]node_modules[\\/](pdfkit|esbuild|ajv|ajv-formats|elkjs|web-tree-sitter|cdktf)[\\/]/;

export function modulesOf(traceFile: string): string[] {
  return [...new Set(readFileSync(traceFile, 'utf8').split('\n').filter(Boolean).map((l) => l.slice(4).replace(/^file:\/\//, '')))];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export function run(): Promise<Record<string, number | string>> {
  if (!existsSync(cli)) throw new Error('bench startup: dist/ is not built (npm run build)');
  const out = mkdtempSync(join(tmpdir(), 'phiscan-startup-'));
  const plan = join(root, 'fixtures/iac/aws/noncompliant/plan.json');
  const commands = (main: string): Record<string, string[]> => ({
    version: [main, '--version'],
    help: [main, '--help'],
    iac_scan: [main, 'scan', '--terraform-plan', plan, '-o', out, '-q'],
  });
  // PHISCAN_BENCH_BEFORE_CLI=OLD/dist/src/cli/main.js: an older build measured in the same run, interleaved (before_* rows).
  const before = process.env.PHISCAN_BENCH_BEFORE_CLI;
  const cases: Record<string, string[]> = {
    node: ['-e', '0'],
    ...commands(cli),
    ...(before ? Object.fromEntries(Object.entries(commands(before)).map(([k, v]) => [`before_${k}`, v])) : {}),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const once = (args: string[], env: NodeJS.ProcessEnv = process.env): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    // 0, or 1 for the plan's failing findings; anything else is a broken run, not a time.
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench startup: ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
    return performance.now() - t;
  };
  for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(cases)) times[name]?.push(once(args));
  const result: Record<string, number | string> = { runs: RUNS };
  const floor = median(times.node ?? []);
  for (const name of Object.keys(cases)) result[`${name}_ms`] = Math.round(median(times[name] ?? []));
  for (const name of Object.keys(cases).filter((n) => n !== 'node')) result[`${name}_ratio`] = Number((median(times[name] ?? []) / floor).toFixed(1));
  for (const name of Object.keys(cases).filter((n) => n !== 'node')) {
    const file = join(out, `${name}.trace`);
    once(['--import', trace, ...(cases[name] ?? [])], { ...process.env, PHISCAN_MODULE_TRACE: file });
    const loaded = modulesOf(file).filter((m) => !m.startsWith('node:'));
    const heavy = [...new Set(loaded.map((m) => HEAVY.exec(m)?.[1]).filter((m): m is string => m !== undefined))].sort();
    result[`${name}_modules`] = loaded.length;
    result[`${name}_cloud_sdk_modules`] = loaded.filter((m) => CLOUD_SDK.test(m)).length;
    result[`${name}_heavy_packages`] = heavy.join(', ') || 'none';
  }
  rmSync(out, { recursive: true, force: true });
  return Promise.resolve(result);
}
