/**
 * Untrusted strings (resource ids and names, owners, reasons, file names, module sources) never
 * reach a terminal, a CSV cell or a Markdown summary as live control sequences: every terminal
 * line goes through `terminalText` (visible escapes), CSV through `csvCell` and Markdown through
 * `markdownText` (controls dropped, formulas and @mentions neutralised).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasControl, markdownText, terminalJson, terminalText } from '../../src/lib/text.js';
import type { ScanReport } from '../../src/model/report.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { expectRefusal, expectTerminalSafe, runCli, tmp, TERMINAL_HOSTILE, validReport, writeJson, writeText } from './harness.js';

/** A valid report whose resource ids, names, messages and suppression owners carry terminal tricks. */
function hostileReport(): ScanReport {
  const r = validReport(30);
  for (const [i, f] of r.findings.entries()) {
    const id = `${f.resource.id}${TERMINAL_HOSTILE}${i}`;
    Object.assign(f, { fingerprint: findingFingerprint(f.checkId, id), message: `${f.message}${TERMINAL_HOSTILE}`, resource: { ...f.resource, id, name: `@octocat ${TERMINAL_HOSTILE}` } });
  }
  for (const res of r.resources) Object.assign(res, { name: `=HYPERLINK("http://x")${TERMINAL_HOSTILE}`, tags: { owner: '@security-team\u001b[31m' } });
  return r;
}

describe('terminal output of untrusted strings', () => {
  it('diff (text, markdown, json) prints hostile ids as visible escapes, never as control sequences', async () => {
    const dir = tmp();
    const before = writeJson(dir, 'old.json', validReport(0));
    const after = writeJson(dir, 'new.json', hostileReport());
    for (const format of ['text', 'markdown', 'json']) {
      const r = await runCli(['diff', before, after, '--format', format], { cwd: dir });
      expect(r.code, r.stderr).toBe(EXIT.findings);
      expectTerminalSafe(r);
      if (format === 'text') expect(r.stdout).toContain('\\x1b]0;pwned\\x07');
      if (format === 'markdown') expect(r.stdout).not.toMatch(/(^|[^&#8203;])@octocat/);
      // JSON on stdout stays JSON: the same strings, escaped.
      if (format === 'json') expect((JSON.parse(r.stdout) as { new: { resourceId: string }[] }).new[0]?.resourceId).toContain('\u001b]0;pwned');
    }
  });

  it('suppressions lists hostile owners and reasons safely (table and --json)', async () => {
    const dir = tmp();
    const file = writeText(dir, 's.yaml', `suppressions:\n  - check: aws-s3-bucket-kms-encryption\n    resource: "arn:aws:s3:::x"\n    reason: ${JSON.stringify(`accepted ${TERMINAL_HOSTILE}`)}\n    owner: ${JSON.stringify(TERMINAL_HOSTILE)}\n    expires: 2099-01-01\n`);
    for (const args of [['suppressions', '--file', file], ['suppressions', '--file', file, '--json']]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expectTerminalSafe(r);
    }
  });

  it('status lists hostile owners safely (text, markdown, json)', async () => {
    const dir = tmp();
    const file = writeText(dir, 'a.yaml', `attestations:\n  - requirement: risk-analysis\n    performed: 2025-01-10\n    attestedBy: ${JSON.stringify(TERMINAL_HOSTILE)}\n    owner: ${JSON.stringify(`@team ${TERMINAL_HOSTILE}`)}\n    evidence: https://x.example/1\n`);
    for (const format of ['text', 'markdown', 'json']) {
      const r = await runCli(['status', '--attestations', file, '--format', format], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expectTerminalSafe(r);
      if (format === 'markdown') expect(r.stdout).toContain('@&#8203;team');
    }
  });

  it('errors naming a hostile file name or flag value stay one safe line', async () => {
    const dir = tmp();
    const cases = [
      ['report', '--from', join(dir, `missing${TERMINAL_HOSTILE}.json`)],
      ['diff', writeText(dir, 'x.json', `<html>${TERMINAL_HOSTILE}`), writeText(dir, 'y.json', '{}')],
      ['scan', '--region', TERMINAL_HOSTILE],
      ['scan', `--bogus${TERMINAL_HOSTILE}`],
    ];
    for (const args of cases) expectRefusal(await runCli(args, { cwd: dir }), EXIT.usage, /./);
  });

  it('scan warnings (an unmatched suppression with a hostile resource glob) are safe', async () => {
    const dir = tmp();
    const supp = writeText(dir, 's.yaml', `suppressions:\n  - check: aws-s3-bucket-kms-encryption\n    resource: ${JSON.stringify(`arn:aws:s3:::${TERMINAL_HOSTILE}*`)}\n    reason: accepted risk\n    owner: sec\n    expires: 2099-01-01\n`);
    const r = await runCli(['demo', '--suppressions', supp, '-o', join(dir, 'out'), '--checks', 'aws-s3-bucket-kms-encryption'], { cwd: dir });
    expect(r.stderr).toContain('matched no failing or not-assessed finding');
    expectTerminalSafe(r);
  });
});

describe('files for other programs: CSV and the Markdown summary', () => {
  it('the inventory CSV has no control characters and no live formulas; the Markdown summary mentions nobody', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const r = await runCli(['report', '--from', writeJson(dir, 'r.json', hostileReport()), '-o', out, '-f', 'inventory', '-f', 'markdown'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(join(out, 'phiscan-inventory.csv'), 'utf8');
    for (const line of csv.split('\r\n').filter(Boolean)) expect(hasControl(line), line).toBe(false);
    // Every cell that starts like a formula is quoted text ('=...).
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
    expect(csv).toContain("'=HYPERLINK");
    const md = readFileSync(join(out, 'phiscan-summary.md'), 'utf8');
    for (const line of md.split('\n')) expect(hasControl(line), line).toBe(false);
    expect(md).not.toMatch(/@(?!&#8203;)[\w-]/);
  });
});

describe('the helpers', () => {
  it('terminalText makes every control visible; markdownText drops them and breaks mentions; terminalJson keeps JSON', () => {
    expect(terminalText('a\u001b[2Jb\u009b\u202e\r\n')).toBe('a\\x1b[2Jb\\x9b\\u202e\\x0d\\x0a');
    expect(markdownText('@admin ping\u0007')).toBe('@&#8203;admin ping');
    const json = terminalJson({ s: 'x\u009by\u202e' });
    expect(hasControl(json.replace(/\n/g, ''))).toBe(false);
    expect(JSON.parse(json)).toEqual({ s: 'x\u009by\u202e' });
  });
});
