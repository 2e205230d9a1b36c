import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import { phiscan } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');

export interface ScanFinding {
  checkId: string;
  status: 'pass' | 'fail' | 'not_assessed';
  message: string;
  resource: { id: string; type: string; source: { constructPath?: string } };
  suppression?: { reason: string; source: string };
}

/** Synthesize stacks in-process (no terraform binary) into a fresh cdktf.out directory. */
export function synth(build: (app: App) => void): string {
  const outdir = join(mkdtempSync(join(tmpdir(), 'phiscan-baseline-')), 'cdktf.out');
  const app = new App({ outdir });
  build(app);
  app.synth();
  return outdir;
}

/** Scan a cdktf.out directory through phiscan's own CLI (in-process: argv to report file, as a user would run it). */
export async function scan(cdktfOut: string): Promise<{ code: number | null; findings: ScanFinding[]; stderr: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'phiscan-baseline-scan-')), 'out');
  const r = await phiscan(['scan', '--cdktf-out', cdktfOut, '--format', 'json', '-o', out, '-q'], { cwd: root, env: { SOURCE_DATE_EPOCH: '1790000000' } });
  if (r.code !== 0 && r.code !== 1) throw new Error(`phiscan scan exited ${String(r.code)}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as { findings: ScanFinding[] };
  return { code: r.code, findings: report.findings, stderr: r.stderr };
}

/** The stack a cdktf finding belongs to (resource ids are `cdktf:<stack>/<type>.<name>`). */
export const stackOf = (f: ScanFinding): string => /^cdktf:([^/]+)\//.exec(f.resource.id)?.[1] ?? '';

/** Synthesized JSON of one stack, for snapshots. */
/** The stack's cdk.tf.json; CDKTF's default local backend path is absolute (the working directory), so it is made relative. */
export function stackJson(cdktfOut: string, stack: string): string {
  const text = readFileSync(join(cdktfOut, 'stacks', stack, 'cdk.tf.json'), 'utf8');
  return text.split(JSON.stringify(process.cwd()).slice(1, -1) + '/').join('<cwd>/');
}

/** Unsuppressed failures, listed readably for assertion messages. */
export const failures = (findings: readonly ScanFinding[]) => findings.filter((f) => f.status === 'fail' && !f.suppression).map((f) => `${f.checkId} ${f.resource.id}: ${f.message}`);

/** A not_assessed finding a baseline test accepts: the check, the resource it may concern, and why it cannot be assessed from the stack. */
export interface AllowedNotAssessed {
  readonly checkId: string;
  readonly resource: RegExp;
  readonly reason: string;
}

const allows = (a: AllowedNotAssessed, f: ScanFinding) => f.status === 'not_assessed' && a.checkId === f.checkId && a.resource.test(f.resource.id);

/** not_assessed findings no allow-list entry explains, listed readably for assertion messages. */
export const unexpectedNotAssessed = (findings: readonly ScanFinding[], allowed: readonly AllowedNotAssessed[]) =>
  findings.filter((f) => f.status === 'not_assessed' && !allowed.some((a) => allows(a, f))).map((f) => `${f.checkId} ${f.resource.id}: ${f.message}`);

/** Allow-list entries no finding needs any more (stale). */
export const unusedAllowances = (findings: readonly ScanFinding[], allowed: readonly AllowedNotAssessed[]) =>
  allowed.filter((a) => !findings.some((f) => allows(a, f))).map((a) => a.checkId);
