/**
 * Malformed input is exit 2 with one line, never exit 4 and never a crash: every report-shaped
 * input (report --from, diff, merge, --baseline, status --from, suppressions --report) is checked
 * against the report schema, SARIF baselines structurally, and config, suppressions and
 * attestations files through the one YAML/JSON reader. Each generated document is tried on
 * every command that reads it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { FINGERPRINT_KEY, renderSarif } from '../../reports/sarif/index.js';
import type { ScanReport } from '../../src/model/report.js';
import { aliasBomb, expectRefusal, fifo, runCli, snapshot, tmp, utf16, validReport, writeJson, writeText } from './harness.js';

type Make = (dir: string) => string;

const json = (value: unknown): Make => (dir) => writeJson(dir, 'input.json', value);
const text = (t: string | Uint8Array): Make => (dir) => writeText(dir, 'input.json', t);
const mutate = (change: (r: ScanReport & Record<string, unknown>) => void): Make => (dir) => {
  const r = validReport();
  change(r);
  return writeJson(dir, 'input.json', r);
};
const firstFinding = (r: ScanReport) => r.findings[0] as unknown as Record<string, unknown>;

/** Report-shaped documents that must be refused, and the part of the one-line error that says why. */
const BAD_REPORTS: readonly { readonly name: string; readonly make: Make; readonly why: RegExp }[] = [
  { name: 'a stub {} with the right schemaVersion', make: json({ schemaVersion: '1.1.0', tool: { name: 'phiscan', version: '0.1.0' } }), why: /must have required property/ },
  { name: 'findings as a string', make: mutate((r) => ((r as Record<string, unknown>).findings = 'none')), why: /\/findings: must be array/ },
  { name: 'findings with a null item', make: mutate((r) => (r.findings as unknown[]).push(null)), why: /\/findings\/\d+: must be object/ },
  { name: 'a finding whose resource is missing', make: mutate((r) => delete firstFinding(r).resource), why: /\/findings\/0: must have required property 'resource'/ },
  { name: 'findings without fingerprints (a diff input)', make: mutate((r) => r.findings.forEach((f) => delete (f as unknown as Record<string, unknown>).fingerprint)), why: /must have required property 'fingerprint'/ },
  { name: 'a fingerprint that is not its check and resource', make: mutate((r) => (firstFinding(r).fingerprint = '0'.repeat(32))), why: /fingerprint does not match/ },
  { name: 'a finding of an unknown status', make: mutate((r) => (firstFinding(r).status = 'compliant')), why: /\/findings\/0\/status/ },
  { name: 'gaps as null', make: mutate((r) => ((r as Record<string, unknown>).gaps = null)), why: /\/gaps: must be array/ },
  { name: 'a newer minor schema version', make: mutate((r) => ((r as Record<string, unknown>).schemaVersion = '1.9.0')), why: /newer than this phiscan reads/ },
  { name: 'another major schema version', make: mutate((r) => ((r as Record<string, unknown>).schemaVersion = '2.0.0')), why: /this phiscan reads 1\.x/ },
  { name: 'a JSON array', make: json([]), why: /not a phiscan JSON report/ },
  { name: 'an HTML page (not JSON): line 1', make: text('<!doctype html>\n<html>\n'), why: /:1:1: not JSON/ },
  { name: 'UTF-16 text: line 1', make: (dir) => writeText(dir, 'input.json', utf16(JSON.stringify(validReport()))), why: /:1:1: UTF-16 text/ },
  { name: 'an invalid UTF-8 byte: its line', make: (dir) => writeText(dir, 'input.json', Buffer.concat([Buffer.from('{\n"a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')])), why: /:2:7: not UTF-8 text/ },
  { name: 'an empty file', make: text(''), why: /:1:1: empty file/ },
  { name: 'truncated JSON', make: (dir) => writeText(dir, 'input.json', JSON.stringify(validReport()).slice(0, 500)), why: /:1:501: invalid JSON: unexpected end of input/ },
  { name: 'a FIFO (would block forever)', make: (dir) => fifo(dir, 'input.json'), why: /is a FIFO \(named pipe\), not a regular file/ },
  { name: 'a directory', make: (dir) => (mkdirSync(join(dir, 'input.json')), join(dir, 'input.json')), why: /is a directory, not a regular file/ },
  { name: 'a missing file', make: (dir) => join(dir, 'nope.json'), why: /cannot read .*ENOENT/ },
];

/** Every command that reads a report: argv for a bad report at `bad`, a good one at `good`, output under `out`. */
const READERS: readonly { readonly name: string; readonly argv: (bad: string, good: string, out: string) => string[] }[] = [
  { name: 'report --from', argv: (bad, _good, out) => ['report', '--from', bad, '-o', out, '-f', 'json'] },
  { name: 'report --baseline', argv: (bad, good, out) => ['report', '--from', good, '--baseline', bad, '-o', out, '-f', 'sarif'] },
  { name: 'scan --baseline', argv: (bad, _good, out) => ['demo', '--baseline', bad, '-o', out] },
  { name: 'diff (old)', argv: (bad, good) => ['diff', bad, good] },
  { name: 'diff (new)', argv: (bad, good) => ['diff', good, bad] },
  { name: 'merge', argv: (bad, good, out) => ['merge', good, bad, '-o', out] },
  { name: 'status --from', argv: (bad, _good, out) => ['status', '--attestations', join(out, '..', 'attest.yaml'), '--from', bad] },
  { name: 'suppressions --report', argv: (bad, _good, out) => ['suppressions', '--file', join(out, '..', 'supp.yaml'), '--report', bad] },
];

let goodReport: string;
beforeAll(() => {
  const dir = tmp();
  goodReport = writeJson(dir, 'good.json', validReport());
});

/** A case directory with the valid side files the readers need (attestations, suppressions). */
function caseDir(): string {
  const dir = tmp();
  writeText(dir, 'attest.yaml', 'attestations: []\n');
  writeText(dir, 'supp.yaml', 'suppressions: []\n');
  return dir;
}

describe('malformed reports: every reader refuses every bad document with exit 2 and one line, writing nothing', () => {
  for (const doc of BAD_REPORTS) {
    for (const reader of READERS) {
      it(`${reader.name}: ${doc.name}`, async () => {
        const dir = caseDir();
        const bad = doc.make(dir);
        const out = join(dir, 'out');
        const r = await runCli(reader.argv(bad, goodReport, out), { cwd: dir });
        expectRefusal(r, EXIT.usage, doc.why);
        expect(snapshot(out)).toEqual({});
      });
    }
  }
});

describe('malformed SARIF baselines are refused structurally', () => {
  const sarif = async () => JSON.parse(await renderSarif(validReport())) as { runs: { tool: { driver: { name: string } }; results: unknown }[] };
  const CASES: readonly { name: string; change: (s: Awaited<ReturnType<typeof sarif>>) => void; why: RegExp }[] = [
    { name: 'results as a string', change: (s) => ((s.runs[0] as { results: unknown }).results = 'none'), why: /results is not an array/ },
    { name: 'a result without its fingerprint', change: (s) => delete ((s.runs[0]?.results as Record<string, unknown>[])[0] as Record<string, unknown>).partialFingerprints, why: /lacks ruleId, properties or the/ },
    { name: 'a fingerprint that is not hex', change: (s) => ((((s.runs[0]?.results as Record<string, unknown>[])[0] as Record<string, unknown>).partialFingerprints as Record<string, string>)[FINGERPRINT_KEY] = 'x'), why: /fingerprint is not 32 hex digits/ },
    { name: 'another tool', change: (s) => ((s.runs[0] as { tool: { driver: { name: string } } }).tool.driver.name = 'other'), why: /not a phiscan SARIF log/ },
  ];
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = tmp();
      const s = await sarif();
      c.change(s);
      const out = join(dir, 'out');
      const r = await runCli(['report', '--from', goodReport, '--baseline', writeJson(dir, 'base.sarif', s), '-o', out], { cwd: dir });
      expectRefusal(r, EXIT.usage, c.why);
      expect(snapshot(out)).toEqual({});
    });
  }
});

describe('a tampered report whose summary disagrees with its findings', () => {
  it('is re-emitted with the summary recomputed from its findings, and says so in one warning line', async () => {
    const dir = tmp();
    const r = validReport(60);
    const failing = r.findings.filter((f) => f.status === 'fail' && !f.suppression).length;
    expect(failing).toBeGreaterThan(0);
    (r.summary as { findings: { fail: number } }).findings.fail = 0;
    (r.summary as { failuresBySeverity: Record<string, number> }).failuresBySeverity = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    const out = join(dir, 'out');
    const res = await runCli(['report', '--from', writeJson(dir, 'tampered.json', r), '-o', out, '-f', 'json'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^phiscan: warning: .*tampered\.json: the summary disagrees with the findings \(summary\.findings\.fail 0 \(findings say \d+\)/);
    const written = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as ScanReport;
    expect(written.summary.findings.fail).toBe(r.findings.filter((f) => f.status === 'fail').length);
    expect(Object.values(written.summary.failuresBySeverity).reduce((a, b) => a + b, 0)).toBe(failing);
  });

  it('merge and diff judge by the findings, not the stated summary', async () => {
    const dir = tmp();
    const r = validReport(60);
    (r.summary as { findings: { fail: number } }).findings.fail = 0;
    const tampered = writeJson(dir, 'tampered.json', r);
    const merged = await runCli(['merge', tampered, '-o', join(dir, 'm'), '--fail-on', 'info', '-q'], { cwd: dir });
    expect(merged.code).toBe(EXIT.findings);
    const empty = validReport(0);
    const diff = await runCli(['diff', writeJson(dir, 'empty.json', empty), tampered], { cwd: dir });
    expect(diff.code).toBe(EXIT.findings);
  });
});

/** Config, suppressions and attestations files: the one YAML reader refuses what is not plain data. */
const SIDE_FILES: readonly { readonly kind: string; readonly flag: (file: string, dir: string) => string[]; readonly key: string; readonly ext: string }[] = [
  { kind: 'config', flag: (f, dir) => ['demo', '-c', f, '-o', join(dir, 'out')], key: 'checks', ext: 'yaml' },
  { kind: 'suppressions file', flag: (f, dir) => ['demo', '--suppressions', f, '-o', join(dir, 'out')], key: 'suppressions', ext: 'yaml' },
  { kind: 'attestations', flag: (f, dir) => ['demo', '--attestations', f, '-o', join(dir, 'out')], key: 'attestations', ext: 'yaml' },
  { kind: 'attestations (status)', flag: (f) => ['status', '--attestations', f], key: 'attestations', ext: 'yaml' },
  { kind: 'suppressions file (suppressions)', flag: (f) => ['suppressions', '--file', f], key: 'suppressions', ext: 'yaml' },
];

const BAD_YAML: readonly { readonly name: string; readonly body: (key: string) => string | Uint8Array; readonly why: RegExp }[] = [
  { name: 'a YAML alias bomb', body: aliasBomb, why: /too many alias expansions/ },
  { name: 'a !!js/function tag', body: (key) => `${key}: !!js/function 'function () { return process.exit(0) }'\n`, why: /:1:\d+: unsupported tag !!js\/function/ },
  { name: 'a duplicated key', body: (key) => `${key}: []\n${key}: []\n`, why: /:2:1: Map keys must be unique/ },
  { name: 'UTF-16 text', body: (key) => utf16(`${key}: []\n`), why: /:1:1: UTF-16 text/ },
  { name: 'a NUL byte', body: (key) => `${key}: []\n\u0000\n`, why: /:2:1: NUL byte/ },
];

describe('config, suppressions and attestations files: exit 2 and one line for what is not plain YAML data', () => {
  for (const side of SIDE_FILES) {
    for (const bad of BAD_YAML) {
      it(`${side.kind}: ${bad.name}`, async () => {
        const dir = tmp();
        const file = writeText(dir, `input.${side.ext}`, bad.body(side.key));
        const r = await runCli(side.flag(file, dir), { cwd: dir });
        expectRefusal(r, EXIT.usage, bad.why);
        expect(snapshot(join(dir, 'out'))).toEqual({});
      });
    }
    it(`${side.kind}: a FIFO is refused without blocking`, async () => {
      const dir = tmp();
      const r = await runCli(side.flag(fifo(dir, `input.${side.ext}`), dir), { cwd: dir });
      expectRefusal(r, EXIT.usage, /is a FIFO \(named pipe\), not a regular file/);
    });
  }
});

describe('suppressions and attestations need real text where a person is accountable', () => {
  const entry = (reason: string, owner: string) => `suppressions:\n  - check: aws-s3-bucket-kms-encryption\n    resource: "arn:aws:s3:::x"\n    reason: "${reason}"\n    owner: "${owner}"\n    expires: 2099-01-01\n`;
  for (const [name, body, why] of [
    ['a whitespace-only reason', entry('   \t  ', 'sec-team'), /\/suppressions\/0\/reason: needs at least 3 characters besides whitespace/],
    ['a reason of two letters padded with spaces', entry('  ok  ', 'sec-team'), /\/suppressions\/0\/reason: needs at least 3 characters besides whitespace/],
    ['a blank owner', entry('accepted risk', '   '), /\/suppressions\/0\/owner: must not be blank/],
  ] as const) {
    it(`suppressions: ${name}`, async () => {
      const dir = tmp();
      const r = await runCli(['suppressions', '--file', writeText(dir, 's.yaml', body)], { cwd: dir });
      expectRefusal(r, EXIT.usage, why);
    });
  }

  it('attestations: a blank attestedBy', async () => {
    const dir = tmp();
    const body = 'attestations:\n  - requirement: risk-analysis\n    performed: 2026-01-10\n    attestedBy: "  "\n    evidence: https://x.example/1\n';
    const r = await runCli(['status', '--attestations', writeText(dir, 'a.yaml', body)], { cwd: dir });
    expectRefusal(r, EXIT.usage, /entry 1 .*attestedBy/);
  });
});
