import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

/**
 * Running `phiscan` from tests. `phiscan()` runs the CLI in this process (src/cli/run-cli.ts):
 * no Node start-up and no module loading per call, which is most of what a CLI test would cost.
 * `phiscanProcess()` starts a real process (through tsx): for what only a process has (its exit
 * status, signals, what reaches stdout and stderr as file descriptors); keep those few.
 * `phiscanProcessBatch()` runs several command lines in one real process, one after another: for
 * what needs Node's own module loading rather than vitest's (user-written checks), at one start-up.
 */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Variables set for the call only (`undefined` removes one); the rest of the environment is this process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export const ROOT = join(import.meta.dirname, '..', '..');

/** Streams that keep what was written to them. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) => ({ write: (chunk: string | Uint8Array) => to.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) });
  return { stdout: sink(out), stderr: sink(err), out: () => out.join(''), err: () => err.join('') };
}

/** `phiscan ARGS` in this process; stdout and stderr captured. */
export async function phiscan(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const io = captureIo();
  const code = await runCli(args, { stdout: io.stdout, stderr: io.stderr, ...(opts.env ? { env: opts.env } : {}), ...(opts.cwd ? { cwd: opts.cwd } : {}) });
  return { code, stdout: io.out(), stderr: io.err() };
}

/** `phiscan ARGS` as a real process, run to its end. */
export function phiscanProcess(args: readonly string[], opts: CliOptions = {}): CliResult {
  return tsxProcess(join(ROOT, 'src/cli/main.ts'), args, opts);
}

/** Each `phiscan ARGS` in turn in one real process (through runCli, output captured per run), with its own options. */
export function phiscanProcessBatch(runs: readonly { readonly args: readonly string[]; readonly opts?: CliOptions }[]): CliResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-cli-batch-'));
  // JSON has no undefined: a variable to remove travels as null.
  writeFileSync(join(dir, 'runs.json'), JSON.stringify(runs.map((r) => ({ args: r.args, opts: r.opts ?? {} })), (_k, v: unknown) => (v === undefined ? null : v)));
  const r = tsxProcess(join(ROOT, 'test/helpers/_cli-batch.ts'), [join(dir, 'runs.json'), join(dir, 'results.json')]);
  if (r.code !== 0) throw new Error(`the batch process exited ${String(r.code)}: ${r.stderr}`);
  return JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as CliResult[];
}

function tsxProcess(script: string, args: readonly string[], opts: CliOptions = {}): CliResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), script, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
