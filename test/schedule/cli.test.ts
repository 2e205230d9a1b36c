import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src/model/report.js';
import { phiscan } from '../helpers/cli.js';
import { tmp } from './_scan.js';

// In-process (test/helpers/cli.ts): these test the commands' logic and exit codes, not the process.
const cli = (args: string[], cwd?: string) => phiscan(args, { env: { SOURCE_DATE_EPOCH: '1795000000' }, ...(cwd ? { cwd } : {}) });
const read = (dir: string): ScanReport => JSON.parse(readFileSync(join(dir, 'phiscan.json'), 'utf8')) as ScanReport;
const normalised = (r: ScanReport): string => JSON.stringify({ ...r, run: {} });

describe('phiscan init', () => {
  it('writes a starter phiscan.yaml, refuses to overwrite it, overwrites with --force', async () => {
    const dir = tmp();
    expect((await cli(['init'], dir)).code).toBe(0);
    const written = readFileSync(join(dir, 'phiscan.yaml'), 'utf8');
    expect(written).toContain('scope:');
    writeFileSync(join(dir, 'phiscan.yaml'), 'mine\n');
    const again = await cli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('phiscan: phiscan.yaml exists; pass --force to overwrite it\n');
    expect(readFileSync(join(dir, 'phiscan.yaml'), 'utf8')).toBe('mine\n');
    expect((await cli(['init', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'phiscan.yaml'), 'utf8')).toBe(written);
  });
});

describe('demo: shards, merge, baseline, diff, suppressions', () => {
  let whole: string;
  beforeAll(async () => {
    whole = join(tmp(), 'whole');
    expect((await cli(['demo', '-o', whole, '-q'])).code).toBe(1);
  }, 120_000);

  it('merge of --shard 1/2 and 2/2 equals the unsharded demo; refuses a repeated shard in one line', async () => {
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    await cli(['demo', '-o', a, '-q', '--shard', '1/2']);
    await cli(['demo', '-o', b, '-q', '--shard', '2/2']);
    expect(read(a).run.shard).toEqual({ index: 1, count: 2 });
    const merged = join(tmp(), 'merged');
    const r = await cli(['merge', join(a, 'phiscan.json'), join(b, 'phiscan.json'), '-o', merged, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(normalised(read(merged))).toBe(normalised(read(whole)));
    const bad = await cli(['merge', join(a, 'phiscan.json'), join(a, 'phiscan.json'), '-o', join(tmp(), 'x')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('overlapping reports');
  }, 120_000);

  it('diff exits 1 on new failures, 0 without; scan --baseline records the states', async () => {
    const base = read(whole);
    const failing = base.findings.filter((x) => x.status === 'fail');
    // The "old" run did not have the first failure yet and saw the second at another severity.
    const old: ScanReport = {
      ...base,
      findings: base.findings.filter((x) => x !== failing[0]).map((x) => (x === failing[1] ? { ...x, severity: x.severity === 'low' ? 'high' : 'low' } : x)),
    };
    const dir = tmp();
    writeFileSync(join(dir, 'old.json'), JSON.stringify(old));
    const md = await cli(['diff', join(dir, 'old.json'), join(whole, 'phiscan.json'), '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('### phiscan: 1 new, 0 fixed failing findings');
    expect(md.stdout).toContain(failing[0]!.checkId);
    expect((await cli(['diff', join(whole, 'phiscan.json'), join(whole, 'phiscan.json')])).code).toBe(0);
    expect((await cli(['diff', join(dir, 'old.json'), join(whole, 'phiscan.json'), '--fail-on', 'critical'])).code).toBe(failing[0]!.severity === 'critical' ? 1 : 0);
    expect((await cli(['diff', join(dir, 'nope.json'), join(whole, 'phiscan.json')])).code).toBe(2);

    const out = join(tmp(), 'out');
    expect((await cli(['demo', '-q', '-o', out, '--baseline', join(dir, 'old.json')])).code).toBe(1);
    const marked = read(out);
    expect(marked.run.baseline).toEqual({ startedAt: base.run.startedAt, new: 1, unchanged: failing.length - 2, updated: 1, absent: 0 });
    expect(marked.findings.find((x) => x.fingerprint === failing[0]!.fingerprint)?.baselineState).toBe('new');
    expect(marked.findings.find((x) => x.fingerprint === failing[1]!.fingerprint)?.baselineState).toBe('updated');
    expect(marked.findings.filter((x) => x.status !== 'fail').every((x) => x.baselineState === undefined)).toBe(true);
  }, 120_000);

  it('suppressions --check lists expiring and expired entries (exit 1), exit 0 when none, 2 on a bad file', async () => {
    const dir = tmp();
    const file = join(dir, 'phiscan-suppressions.yaml');
    const base = read(whole);
    const target = base.findings.find((x) => x.status === 'fail')!;
    // The run clock is SOURCE_DATE_EPOCH 1795000000 = 2026-11-18.
    writeFileSync(file, `suppressions:\n  - fingerprint: ${target.fingerprint}\n    reason: accepted for the migration\n    owner: team@example.org\n    expires: 2027-06-30\n`);
    expect((await cli(['suppressions', '--check'], dir)).code).toBe(0);
    const soon = await cli(['suppressions', '--check', '--within', '365'], dir);
    expect(soon.code).toBe(1);
    expect(soon.stdout).toContain('expiring');
    const suppressed = join(dir, 'out');
    await cli(['demo', '-q', '-o', suppressed], dir);
    expect(read(suppressed).findings.find((x) => x.fingerprint === target.fingerprint)?.suppression).toMatchObject({ source: 'suppressions-file', owner: 'team@example.org' });

    writeFileSync(file, `suppressions:\n  - fingerprint: ${target.fingerprint}\n    reason: accepted for the migration\n    owner: team@example.org\n    expires: 2026-11-01\n`);
    const expired = await cli(['suppressions', '--check'], dir);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('expired');
    const out2 = join(dir, 'out2');
    const scan = await cli(['demo', '-q', '-o', out2], dir);
    expect(scan.stderr).toContain('expired on 2026-11-01 (owner team@example.org); it no longer suppresses');
    expect(read(out2).findings.find((x) => x.fingerprint === target.fingerprint)?.suppression).toBeUndefined();

    writeFileSync(file, 'suppressions:\n  - check: x\n    resource: y\n    reason: no owner\n    expires: 2027-01-01\n');
    const bad = await cli(['suppressions', '--check'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("phiscan: invalid suppressions file phiscan-suppressions.yaml: /suppressions/0: must have required property 'owner'\n");
    const badScan = await cli(['demo', '-o', join(dir, 'never')], dir);
    expect(badScan.code).toBe(2);
    expect(existsSync(join(dir, 'never', 'phiscan.json'))).toBe(false);
  }, 120_000);
});
