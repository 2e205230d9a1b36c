/**
 * The GitHub Action: action.yml and the example workflows pass GitHub's own workflow/action parser
 * (@actions/workflow-parser, the one behind the Actions language service), and the scan step's
 * script (action/run.mjs) does what the action promises, run here against the built CLI.
 */
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error -- plain JavaScript step script, no declarations
import * as runScript from '../../action/run.mjs';

type Env = Record<string, string | undefined>;
const { main, phiscanArgs, splitArgs, summaryText } = runScript as {
  main: (env: Env) => number;
  phiscanArgs: (env: Env) => { argv: string[]; output: string };
  splitArgs: (text: string) => string[];
  summaryText: (markdown: string, limit?: number) => string;
};

const root = join(import.meta.dirname, '..', '..');
const text = (p: string): string => readFileSync(join(root, p), 'utf8');
const errorsOf = (r: { context: { errors: { getErrors(): { message: string }[] } } }) => r.context.errors.getErrors().map((e) => e.message);

interface ActionStep { uses?: string; run?: string; with?: Record<string, string>; if?: string; env?: Record<string, string> }
const action = parse(text('action.yml')) as { inputs: Record<string, unknown>; runs: { using: string; steps: ActionStep[] } };

describe('action.yml', () => {
  it('is a valid action for GitHub\'s parser', () => {
    expect(errorsOf(parseAction({ name: 'action.yml', content: text('action.yml') }, new NoOperationTraceWriter()))).toEqual([]);
  });

  it('the parser rejects a broken action (the check can fail)', () => {
    expect(errorsOf(parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - rum: echo\n' }, new NoOperationTraceWriter())).length).toBeGreaterThan(0);
  });

  it('takes scan arguments and fail-on, uploads SARIF with the current upload-sarif major', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['args', 'fail-on', 'upload-sarif', 'category', 'version']));
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload?.if).toContain('always()');
  });

  it('never interpolates an expression into a shell script (inputs reach scripts only as environment variables)', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toContain('${{');
  });
});

describe('example workflows', () => {
  const files = readdirSync(join(root, 'examples/github-actions')).filter((f) => f.endsWith('.yml'));
  it.each(files)('%s is a valid workflow for GitHub\'s parser and stores no credentials', (f) => {
    const content = text(`examples/github-actions/${f}`);
    expect(errorsOf(parseWorkflow({ name: f, content }, new NoOperationTraceWriter()))).toEqual([]);
    expect(content).not.toMatch(/secrets\.|AWS_SECRET|private_key|password|pull_request_target/i);
    expect(content).not.toMatch(/phiscan@\d/); // no npm version that is not published
  });

  it('the pull-request workflow scans plan JSON and sources with the action, without cloud logins', () => {
    const wf = parse(text('examples/github-actions/iac-pull-request.yml')) as { on: Record<string, unknown>; jobs: Record<string, { steps: ActionStep[] }> };
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const scan = steps.find((s) => s.uses?.startsWith('phiscan/phiscan@'));
    expect(scan?.with?.args).toMatch(/--terraform-plan \S+ --terraform-dir \S+/);
    expect(steps.some((s) => /configure-aws-credentials|azure\/login|google-github-actions\/auth/.test(s.uses ?? ''))).toBe(false);
  });
});

describe('action/run.mjs', () => {
  it('splits arguments on whitespace, keeping quoted ones whole', () => {
    expect(splitArgs(` --terraform-plan "plans/a b.json"  --terraform-dir 'infra dir' --strict `)).toEqual(['--terraform-plan', 'plans/a b.json', '--terraform-dir', 'infra dir', '--strict']);
    expect(phiscanArgs({ PHISCAN_ARGS: '--terraform-dir infra', PHISCAN_FAIL_ON: 'high' })).toEqual({
      argv: ['scan', '--terraform-dir', 'infra', '--output', 'phiscan-out', '--format', 'json,sarif,markdown', '--fail-on', 'high'],
      output: 'phiscan-out',
    });
  });

  it('cuts a summary over the job-summary limit on a line boundary and says so', () => {
    const long = Array.from({ length: 100 }, (_, i) => `| row ${i} |`).join('\n');
    const cut = summaryText(long, 400);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(400);
    expect(cut).toMatch(/\| row \d+ \|\n\n_Summary cut at GitHub's 1 MiB job-summary limit/);
    expect(summaryText('short')).toBe('short');
  });

  const bin = join(root, 'dist/src/cli/main.js');
  it('scans, appends the Markdown summary to the job summary and sets the outputs; exit code deferred', () => {
    expect(existsSync(bin), 'dist/ is built').toBe(true);
    const d = mkdtempSync(join(tmpdir(), 'phiscan-action-'));
    const env = { ...process.env, PHISCAN_BIN: bin, PHISCAN_ARGS: `--terraform-plan ${join(root, 'fixtures/iac/aws/noncompliant/plan.json')} -q`, PHISCAN_FAIL_ON: 'high', PHISCAN_OUTPUT: join(d, 'out'), GITHUB_STEP_SUMMARY: join(d, 'summary.md'), GITHUB_OUTPUT: join(d, 'output.txt') };
    expect(main(env)).toBe(0);
    const outputs = Object.fromEntries(readFileSync(join(d, 'output.txt'), 'utf8').trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
    expect(outputs['exit-code']).toBe('1');
    expect(JSON.parse(readFileSync(outputs.sarif ?? '', 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(d, 'summary.md'), 'utf8')).toBe(readFileSync(outputs.summary ?? '', 'utf8'));
  }, 120_000);

  it('fails the step with phiscan\'s code when no report was written, and sets no outputs', () => {
    const d = mkdtempSync(join(tmpdir(), 'phiscan-action-'));
    const env = { ...process.env, PHISCAN_BIN: bin, PHISCAN_ARGS: '--terraform-plan missing.json', PHISCAN_OUTPUT: join(d, 'out'), GITHUB_STEP_SUMMARY: join(d, 'summary.md'), GITHUB_OUTPUT: join(d, 'output.txt') };
    expect(main(env)).toBe(2);
    expect(existsSync(join(d, 'output.txt'))).toBe(false);
    expect(existsSync(join(d, 'summary.md'))).toBe(false);
  }, 120_000);
});
