import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiscan, type CliResult } from '../helpers/cli.js';
import type { ScanReport } from '../../src/model/report.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1795000000' }; // 2026-11-18T11:06:40Z
const cli = (args: string[]) => phiscan(args, { env: EPOCH });
const dir = mkdtempSync(join(tmpdir(), 'phiscan-exceptions-'));
const VOLUME = 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0demo1';
const EFS = 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0demo2';
const file = (name: string, reviewBy: string) => {
  const p = join(dir, name);
  writeFileSync(
    p,
    `attestations: []
exceptions:
  - requirement: encryption-at-rest
    ground: 164.312(b)(3)(i)
    resources: ["${VOLUME}"]
    compensatingControl: PACS archive on an isolated VLAN; migration plan PLAN-12
    owner: Imaging team
    reviewBy: 2027-03-31
  - requirement: encryption-at-rest
    ground: 164.312(b)(3)(iv)
    resources: ["${EFS}"]
    compensatingControl: FDA-cleared modality share
    owner: Radiology
    reviewBy: ${reviewBy}
`,
  );
  return p;
};
const CHECKS = ['--checks', 'aws-ec2-volume-encrypted,aws-efs-file-system-encrypted'];
const FORMATS = ['-f', 'json', '-f', 'sarif', '-f', 'junit', '-f', 'markdown', '-f', 'html', '-f', 'pdf'];

describe('recorded exceptions end to end (demo world)', () => {
  let out: string;
  let run: CliResult;
  let report: ScanReport;
  beforeAll(async () => {
    out = join(dir, 'out');
    run = await cli(['demo', '-o', out, ...CHECKS, ...FORMATS, '--attestations', file('a.yaml', '2026-11-17')]);
    report = JSON.parse(readFileSync(join(out, 'phiscan.json'), 'utf8')) as ScanReport;
  }, 180_000);

  it('marks the matched failure excepted with its ground and review date; an exception past its review date no longer applies and is warned about', () => {
    expect(run.code, run.stderr).toBe(1);
    const volume = report.findings.find((f) => f.resource.id === VOLUME)!;
    expect(volume).toMatchObject({ status: 'excepted', exception: { ground: '164.312(b)(3)(i)', reviewBy: '2027-03-31', owner: 'Imaging team', entry: 1 } });
    expect(report.findings.find((f) => f.resource.id === EFS)).toMatchObject({ status: 'fail' });
    expect(report.findings.find((f) => f.resource.id === EFS)?.exception).toBeUndefined();
    expect(run.stderr).toContain('phiscan: warning: exception #2 encryption-at-rest (164.312(b)(3)(iv), owner Radiology) passed its review date 2026-11-17; it no longer applies and its findings fail again');
    expect(run.stderr).toMatch(/1 failing \(1 high\), 1 excepted,/);
    expect(report.summary.findings).toMatchObject({ fail: 1, excepted: 1 });
    expect(report.attestations?.exceptions?.map((e) => [e.state, e.findings])).toEqual([['active', 1], ['expired', 0]]);
  });

  it('shows the excepted finding in every format with its ground and review date', () => {
    const sarif = JSON.parse(readFileSync(join(out, 'phiscan.sarif'), 'utf8')) as { runs: { results: { kind: string; level: string; message: { text: string }; properties: { status: string; exception?: { ground: string } } }[] }[] };
    const result = sarif.runs[0]!.results.find((r) => r.properties.status === 'excepted')!;
    expect(result).toMatchObject({ kind: 'review', level: 'none', properties: { exception: { ground: '164.312(b)(3)(i)' } } });
    expect(result.message.text).toMatch(/^Excepted until 2027-03-31 under proposed 45 CFR 164\.312\(b\)\(3\)\(i\): vol-0demo1/);
    const junit = readFileSync(join(out, 'phiscan-junit.xml'), 'utf8');
    expect(junit).toContain('<skipped message="excepted under proposed 45 CFR 164.312(b)(3)(i)');
    expect(junit).toMatch(/name="aws-ec2-volume-encrypted: [^"]*" tests="2" failures="0" errors="0" skipped="1"/);
    const md = readFileSync(join(out, 'phiscan-summary.md'), 'utf8');
    expect(md).toContain('### Recorded exceptions');
    expect(md).toContain('1 excepted');
    expect(md).toContain('| Imaging team | 2027\\-03\\-31 | active | 1 |');
    expect(md).toContain('| Radiology | 2026\\-11\\-17 | **expired** | 0 |');
    const html = readFileSync(join(out, 'phiscan.html'), 'utf8');
    expect(html).toContain('<section id="exceptions"><h2>Recorded exceptions: 2</h2>');
    expect(html).toContain('expired: no longer applies');
    expect(html).toContain('"excepted"');
    if (spawnSync('pdftotext', ['-v']).error === undefined) {
      const pdf = execFileSync('pdftotext', ['-layout', join(out, 'phiscan.pdf'), '-'], { encoding: 'utf8' });
      expect(pdf).toContain('Recorded exceptions and excepted findings');
      expect(pdf).toMatch(/Excepted findings \(1\)[\s\S]*vol-0demo1[\s\S]*164\.312\(b\)\(3\)\(i\)[\s\S]*review by 2027-03-31/);
    }
  });

  it('an excepted finding does not fail the run, and a later diff reports it apart from the fixed ones', async () => {
    const only = join(dir, 'only');
    const r = await cli(['demo', '-q', '-o', only, '--checks', 'aws-ec2-volume-encrypted', '--attestations', file('b.yaml', '2027-01-31')]);
    expect(r.code, r.stderr).toBe(0);
    const before = join(dir, 'before');
    expect((await cli(['demo', '-q', '-o', before, '--checks', 'aws-ec2-volume-encrypted'])).code).toBe(1);
    const diff = await cli(['diff', join(before, 'phiscan.json'), join(only, 'phiscan.json')]);
    expect(diff.stdout).toContain('0 new, 0 fixed, 1 now excepted');
    expect(diff.stdout).toContain(`! high     aws-ec2-volume-encrypted  ${VOLUME}  (now excepted under proposed 45 CFR 164.312(b)(3)(i) until 2027-03-31)`);
    // --baseline: an excepted finding is not a failure, so nothing is new.
    const again = await cli(['demo', '-q', '-o', join(dir, 'again'), '--checks', 'aws-ec2-volume-encrypted', '--baseline', join(before, 'phiscan.json'), '--attestations', file('c.yaml', '2027-01-31')]);
    expect(again.code, again.stderr).toBe(0);
  });

  it('rejects an exception naming a check that does not evidence its requirement, exit 2, nothing written', async () => {
    const p = join(dir, 'bad.yaml');
    writeFileSync(p, `attestations: []\nexceptions:\n  - requirement: mfa\n    ground: 164.312(f)(2)(iii)(A)\n    scope: {accounts: ["111122223333"]}\n    checks: [aws-ec2-volume-encrypted]\n    compensatingControl: x\n    owner: y\n    reviewBy: 2027-01-01\n`);
    const o = join(dir, 'bad-out');
    const r = await cli(['demo', '-q', '-o', o, '--attestations', p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`phiscan: invalid attestations ${p}: exception 1 (mfa): check aws-ec2-volume-encrypted does not evidence mfa (it evidences encryption-at-rest)`);
    expect(existsSync(o)).toBe(false);
  });
});
