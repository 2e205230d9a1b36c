import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { renderPdf } from '../../reports/pdf/render.js';
import { pdfText } from '../../reports/pdf/text.js';
import type { ScanReport } from '../../src/model/report.js';

const root = join(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts', 'pdf');

/** poppler-utils renders the PDF; `scripts/ensure-poppler.sh` installs it (CI runs it). */
function hasPoppler(): boolean {
  return spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined && spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;
}
const poppler = hasPoppler();
if (!poppler) {
  if (process.env.CI && !['false', '0'].includes(process.env.CI)) throw new Error('pdftotext/pdftoppm (poppler-utils) are required under CI: run scripts/ensure-poppler.sh');
  console.warn('PDF rendering tests skipped: pdftotext/pdftoppm not found (run scripts/ensure-poppler.sh)');
}

let report: ScanReport;
const dir = mkdtempSync(join(tmpdir(), 'phiscan-pdf-'));

beforeAll(async () => {
  const r = await phiscan(['demo', '-q', '-o', dir, '--attestations', join(root, 'examples/phiscan-attestations.yaml')], { env: { SOURCE_DATE_EPOCH: '1795000000' } });
  expect(r.code, r.stderr).toBe(1);
  report = JSON.parse(readFileSync(join(dir, 'phiscan.json'), 'utf8')) as ScanReport;
});

/** The demo report's PDF, rendered once for the tests that only read it (rendering is most of this file's CPU). */
let demoPdf: Uint8Array | undefined;
const rendered = (): Uint8Array => (demoPdf ??= renderPdf(report));

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const text = (file: string, args: string[] = []): string => execFileSync('pdftotext', [...args, '-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('PDF text safety', () => {
  it('keeps WinAnsi text, transliterates accents and replaces what the standard fonts cannot show', () => {
    expect(pdfText('Café “quoted” – €5 • naïve')).toBe('Café “quoted” – €5 • naïve');
    expect(pdfText('Łódź Ωmega')).toBe('Lódz ?mega');
    expect(pdfText('患者データ')).toBe('?????');
    expect(pdfText('a\u0000b\u001bc\td')).toBe('a b c d');
    expect(pdfText('😀')).toBe('?');
    expect(pdfText('x'.repeat(1000), 100)).toBe(`${'x'.repeat(100)}... [900 more characters; see the JSON report]`);
    expect(pdfText({ a: 1 })).toBe('{"a":1}');
    expect(pdfText(null)).toBe('');
  });
});

describe.runIf(poppler)('PDF report rendered with poppler', () => {
  it('is byte-identical for the same report', () => {
    expect(Buffer.from(renderPdf(report)).equals(Buffer.from(rendered()))).toBe(true);
  });

  it('has a cover, contents with correct page numbers, both views, attestations, findings, gaps and page numbers', () => {
    const file = write('demo.pdf', rendered());
    const n = pages(file);
    const all = text(file);
    // Cover: scope, run metadata, catalog "as of".
    const cover = text(file, ['-f', '1', '-l', '1']);
    expect(cover).toContain('phiscan compliance evidence report');
    expect(cover).toContain('projects/phi-demo-prod');
    expect(cover).toContain('2026-11-18T11:06:40.000Z');
    expect(cover).toContain(`NPRM catalog                               ${report.catalog.version} as of ${report.catalog.asOf};`);
    expect(cover).toContain('neither is a determination of compliance');
    // Every page numbered.
    for (let p = 1; p <= n; p++) expect(all).toContain(`Page ${p} of ${n}`);
    // Contents: each entry's page starts with that section.
    const toc = text(file, ['-f', '2', '-l', '2']);
    const entries = [...toc.matchAll(/^(\d)\. (.+?)\s+page (\d+)$/gm)];
    expect(entries.map((e) => e[2])).toEqual(['Summary', 'NPRM readiness (proposed rule)', 'Current Security Rule (45 CFR 164.308-316)', 'Attestations and due dates', 'Recorded exceptions and excepted findings', 'Failing findings', 'Coverage gaps and not-assessed findings']);
    for (const e of entries) expect(text(file, ['-f', e[3]!, '-l', e[3]!]).trimStart().startsWith(`${e[1]}. ${e[2]}`), e[2]).toBe(true);
    // The NPRM requirement table and the current-rule table.
    expect(all).toMatch(/Penetration testing\s+164\.312\(h\)\(2\)\(iii\)/);
    expect(all).toMatch(/Vulnerability scanning\s+164\.312\(h\)\(2\)\(i\) \(quoted\)\s+none\s+FAIL/);
    expect(all).toMatch(/164\.312\(a\)\(2\)\(iv\)\s+Encryption and decryption\s+A\s+FAIL/);
    // Overdue for the NPRM's cycle, but the current rule sets no period: not assessed, not failed.
    expect(all).toMatch(/164\.308\(a\)\(6\)\(ii\)\s+Response and reporting\s+R\s+not assessed/);
    expect(all).toMatch(/164\.312\(a\)\(2\)\(iv\)\s+Encryption and decryption\s+A\s+FAIL\s+[\d/ ]+addressable: implement, or document/);
    expect(all).toMatch(/164\.310\(b\)\s+Standard: Workstation use\s+Std\s+not\s+0\/0\/0\/0\s+no evidence source in phiscan/);
    // Overdue attestation, due dates and evidence links.
    expect(all).toMatch(/incident-response\s+FAIL\s+2025-10-01\s+OVERDUE since 2026-10-01/);
    expect(all).toContain('https://tickets.example.org/SEC-4121');
    expect(all).toMatch(/vulnerability-scanning\s+2026-09-15\s+Sam Okafor \/\s.*2027-03-15\s+current/);
    expect(all).toMatch(/incident-response\s+2025-10-01\s+Dana Reyes \(CISO\)\s.*2026-10-01\s+overdue/);
    // Failing findings with evidence and remediation; coverage section.
    expect(all).toMatch(/\[CRITICAL\] \S+/);
    expect(all).toContain('Remediation: ');
    // Every API the demo needed answered, so the coverage section says so.
    expect(report.gaps).toEqual([]);
    expect(all).toMatch(/No coverage gaps:\s+every API phiscan needed\s+answered\./);
    // Counts in the summary match the report.
    expect(all).toMatch(new RegExp(`FAIL\\s+${report.summary.views.nprm.fail}\\s+${report.summary.views.currentRule.fail}`));
  });

  it('renders hostile, very long and non-Latin strings as plain text without crashing', () => {
    const hostile = structuredClone(report) as { findings: { status: string; resource: { name: string; id: string }; message: string; evidence: { path: string; observed: unknown }[] }[] } & ScanReport;
    const f = hostile.findings.find((x) => x.status === 'fail')!;
    f.resource.name = `患者データ-bucket ) Tj ET BT /F1 99 Tf (pwned) Tj <<>> \\ ${'A'.repeat(50_000)}`;
    f.message = 'Łódź ünïcödé ½ ✓ \u202Eevil\u202C 😀 line\nbreak';
    f.evidence = [{ path: 'config.x', observed: { nested: 'y'.repeat(10_000) } }];
    const file = write('hostile.pdf', renderPdf(hostile));
    const all = text(file);
    expect(all).toContain('?????-bucket ) Tj ET BT /F1 99 Tf');
    expect(all).toContain('(pwned) Tj');
    expect(all).toContain('more characters; see the JSON report]');
    expect(all).toContain('Lódz ünïcödé ½ v ?evil? ?');
    expect(pages(file)).toBeLessThan(pages(write('demo2.pdf', rendered())) + 5);
  });

  it('writes the first page as an image artifact (test-artifacts/pdf/cover.png)', () => {
    mkdirSync(artifacts, { recursive: true });
    const file = write('cover.pdf', rendered());
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '72', '-png', '-singlefile', file, join(artifacts, 'cover')]);
    const png = readFileSync(join(artifacts, 'cover.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });
});
