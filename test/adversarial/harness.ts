/**
 * The adversarial suite's harness: run the CLI on a generated case (in-process by default, a real
 * process where exit codes of the process itself or signals are the point) and assert what every
 * refusal must look like: the documented exit code, one line on stderr, no stack trace, no raw
 * control character on the terminal, and no report written or half-written.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { syntheticReport } from '../helpers/synthetic-report.js';
import type { ScanReport } from '../../src/model/report.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliResult {
  readonly code: number | null;
  /** Set when a real process was ended by a signal (the default action of a second SIGINT/SIGTERM). */
  readonly signal?: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'phiscan-adv-'));

/** Environment every case runs with: no cloud credentials, no metadata servers, no SDK notice. */
export const QUIET_ENV: Readonly<Record<string, string | undefined>> = {
  AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: undefined, AWS_PROFILE: undefined, AWS_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AZURE_CLIENT_ID: undefined, AZURE_TENANT_ID: undefined, AZURE_CLIENT_SECRET: undefined, IDENTITY_ENDPOINT: undefined, MSI_ENDPOINT: undefined,
  GOOGLE_APPLICATION_CREDENTIALS: undefined, METADATA_SERVER_DETECTION: 'none', SOURCE_DATE_EPOCH: '1795000000',
};

/**
 * `phiscan ARGS` in this process (src/cli/run-cli.ts): stdout and stderr captured, `cwd` and the
 * quiet environment applied for the call only. Fast (no Node start-up per case); used for
 * everything but signals.
 */
export function runCli(args: readonly string[], opts: { cwd?: string; env?: Readonly<Record<string, string | undefined>> } = {}): Promise<CliResult> {
  return phiscan(args, { env: { ...QUIET_ENV, HOME: opts.cwd ?? tmp(), ...opts.env }, ...(opts.cwd ? { cwd: opts.cwd } : {}) });
}

/** `phiscan ARGS` as a real process (through tsx), for process exit codes and signals. */
export function spawnCli(args: readonly string[], opts: { cwd?: string; env?: Readonly<Record<string, string | undefined>>; script?: string } = {}) {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...QUIET_ENV, ...opts.env })) if (v !== undefined) env[k] = v;
  return spawn(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), opts.script ?? join(ROOT, 'src/cli/main.ts'), ...args], { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Run a real process to its end. */
export function runProcess(args: readonly string[], opts: Parameters<typeof spawnCli>[1] = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069]/;

/** No raw control character (newlines aside) reached the terminal. */
export function expectTerminalSafe(r: CliResult): void {
  expect(RAW_CONTROL.exec(r.stdout)?.[0], `raw control character on stdout: ${JSON.stringify(r.stdout.slice(0, 300))}`).toBeUndefined();
  expect(RAW_CONTROL.exec(r.stderr)?.[0], `raw control character on stderr: ${JSON.stringify(r.stderr.slice(0, 300))}`).toBeUndefined();
}

/** A refusal: the exit code, exactly one `phiscan: ...` line on stderr (matching `message`), no stack trace, terminal-safe. */
export function expectRefusal(r: CliResult, code: number, message: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^phiscan: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/internal error/);
  expectTerminalSafe(r);
}

/** Every file under `dir` (recursively) with its sha256: compare before and after a run. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) {
        out[`${prefix}${name}/`] = 'dir';
        walk(p, `${prefix}${name}/`);
      } else if (st.isFile()) out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
      // Never open a FIFO or device here: reading one would block the test itself.
      else out[`${prefix}${name}`] = st.isSymbolicLink() ? 'symlink' : 'special';
    }
  };
  walk(dir, '');
  return out;
}

// --- Generators: inputs are made here, never checked in. ---

/** A valid phiscan JSON report (synthetic, small) as a plain object to mutate. */
export function validReport(findings = 30, hostile = false): ScanReport & Record<string, unknown> {
  return JSON.parse(JSON.stringify(syntheticReport({ findings, gaps: 1, hostile }))) as ScanReport & Record<string, unknown>;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}

export function writeText(dir: string, name: string, text: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A named pipe: reading it blocks until a writer comes, so a reader that does not refuse it hangs. */
export function fifo(dir: string, name: string): string {
  const p = join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}

/** A YAML alias bomb ("billion laughs"): 9 levels of 9 references, 9^9 nodes once expanded. */
export function aliasBomb(key: string): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]`);
  lines.push(`${key}: *a8`);
  return `${lines.join('\n')}\n`;
}

/** Text as UTF-16LE with a byte order mark (what some Windows editors save). */
export function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Untrusted text that tries every terminal trick: window title (OSC), clear screen (CSI), C1 CSI, bidi override, carriage return, a fake line. */
export const TERMINAL_HOSTILE = 'evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202etxt.exe\rphiscan: 0 failing\nphiscan: fake line';
