import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');
const EPOCH = { SOURCE_DATE_EPOCH: '1795000000' }; // 2026-11-18T11:06:40Z
const cli = (args: string[], env: Record<string, string> = EPOCH) => phiscan(args, { env });
const tmp = () => mkdtempSync(join(tmpdir(), 'phiscan-attest-cli-'));
const EXAMPLE = join(root, 'examples/phiscan-attestations.yaml');
const one = (requirement: string, performed: string) => `attestations:\n  - requirement: penetration-testing\n    performed: 2026-03-02\n    attestedBy: Dana\n    evidence: https://x/1\n  - requirement: ${requirement}\n    performed: ${performed}\n    attestedBy: Sam\n    evidence: https://x/2\n`;

describe('--attestations on scan and demo', () => {
  it('rejects bad attestation input with one line naming the entry, exit 2, nothing written', async () => {
    const dir = tmp();
    const cases: [string, string][] = [
      [one('pentest', '2026-03-02'), 'entry 2 (line 6, pentest): unknown requirement id "pentest"'],
      [one('risk-analysis', '2026-11-19'), 'entry 2 (line 6, risk-analysis): performed 2026-11-19 is after the run date 2026-11-18 (UTC)'],
      [one('risk-analysis', '2026-02-30'), 'entry 2 (line 6, risk-analysis): performed "2026-02-30" is not a calendar date (YYYY-MM-DD)'],
      ['attestations: [ {requirement: mfa\n', 'invalid attestations'],
    ];
    for (const [i, [text, expected]] of cases.entries()) {
      const file = join(dir, `a${i}.yaml`);
      writeFileSync(file, text);
      const out = join(dir, `out${i}`);
      const r = await cli(['demo', '-q', '-o', out, '--attestations', file]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`phiscan: invalid attestations ${file}:`);
      expect(r.stderr).toContain(expected);
      expect(existsSync(out)).toBe(false);
    }
    const missing = await cli(['demo', '-q', '-o', join(dir, 'o'), '--attestations', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`phiscan: cannot read attestations ${join(dir, 'nope.yaml')}: ENOENT`);
  });

  it('the future-date check follows the run clock (SOURCE_DATE_EPOCH), in UTC', async () => {
    const dir = tmp();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, one('risk-analysis', '2026-11-19'));
    // 2026-11-19T00:30:00Z: the attestation dated 19 November is no longer in the future.
    const r = await cli(['demo', '-q', '-o', join(dir, 'o'), '--attestations', file], { SOURCE_DATE_EPOCH: '1795048200', TZ: 'America/Los_Angeles' });
    expect(r.code, `exit ${String(r.code)}: ${r.stderr}`).toBe(1);
  });
});

describe('phiscan requirements --rule', () => {
  it('lists the current rule with designations and the NPRM catalog with attestation periods', async () => {
    const cur = await cli(['requirements', '--rule', 'current', '--json']);
    const doc = JSON.parse(cur.stdout) as { requirements: { citation: string; designation: string; checks: string[] }[] };
    expect(doc.requirements.find((r) => r.citation === '164.312(a)(2)(iv)')).toMatchObject({ designation: 'addressable' });
    expect(doc.requirements.find((r) => r.citation === '164.312(b)')?.checks.length).toBeGreaterThan(0);
    const text = (await cli(['requirements', '--rule', 'current'])).stdout;
    expect(text).toMatch(/45 CFR 164\.308\(a\)\(1\)\(ii\)\(A\)\s+spec\s+required/);
    const nprm = (await cli(['requirements'])).stdout;
    expect(nprm).toMatch(/vulnerability-scanning\s.*6 months/);
    const nprmJson = JSON.parse((await cli(['requirements', '--rule', 'nprm', '--json'])).stdout) as { requirements: { id: string; attestation: { period: string } }[] };
    expect(nprmJson.requirements.find((r) => r.id === 'penetration-testing')?.attestation.period).toBe('12 months');
    expect((await cli(['requirements', '--rule', 'proposed'])).code).toBe(2);
  });
});

describe('phiscan status', () => {
  it('shows what is overdue and due by window and owner, as Markdown and JSON', async () => {
    const md = await cli(['status', '--attestations', EXAMPLE, '--format', 'markdown']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('## phiscan attestation status, 2026-11-18');
    expect(md.stdout).toContain('| Security incident response plans (`incident-response`) | Dana Reyes \\(CISO\\) | 2025-10-01 | overdue since 2026\\-10\\-01 | 12 months |');
    expect(md.stdout).toContain('### Due in 61-90 days');
    expect(md.stdout).toContain('### By owner');
    const json = JSON.parse((await cli(['status', '--attestations', EXAMPLE, '--format', 'json', '--within', '30,60,120'])).stdout) as {
      asOf: string;
      items: { requirement: string; state: string; window: number | null; owner: string | null; daysLeft: number | null }[];
    };
    expect(json.asOf).toBe('2026-11-18');
    expect(json.items.find((i) => i.requirement === 'incident-response')).toMatchObject({ state: 'overdue', daysLeft: -48 });
    expect(json.items.find((i) => i.requirement === 'penetration-testing')).toMatchObject({ state: 'due', window: 120, owner: 'Dana Reyes (CISO)', daysLeft: 104 });
    expect(json.items.find((i) => i.requirement === 'written-documentation')).toMatchObject({ state: 'missing', owner: null });
    const text = (await cli(['status', '--attestations', EXAMPLE])).stdout;
    expect(text).toMatch(/^phiscan status as of 2026-11-18 \(UTC\): 1 overdue/);
  });

  it('takes scope from a saved report and rejects bad windows', async () => {
    const out = tmp();
    expect((await cli(['demo', '-q', '-o', out])).code).toBe(1);
    const json = JSON.parse((await cli(['status', '--attestations', EXAMPLE, '--from', join(out, 'phiscan.json'), '--format', 'json'])).stdout) as { scopeUnits: string[] };
    expect(json.scopeUnits).toEqual(['aws:111122223333', 'azure:5e7a1c2b-0000-4000-8000-000000000d30', 'gcp:phi-demo-prod']);
    const bad = await cli(['status', '--attestations', EXAMPLE, '--within', '30,soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('phiscan report --format pdf', () => {
  it('re-renders a saved report as PDF, byte-identical on rerun', async () => {
    const out = tmp();
    expect((await cli(['demo', '-q', '-o', out, '--attestations', EXAMPLE])).code).toBe(1);
    const a = join(out, 'a');
    const b = join(out, 'b');
    for (const dir of [a, b]) expect((await cli(['report', '--from', join(out, 'phiscan.json'), '--format', 'pdf', '-o', dir])).code).toBe(0);
    expect(readdirSync(a)).toEqual(['phiscan.pdf']);
    const bytes = readFileSync(join(a, 'phiscan.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(readFileSync(join(b, 'phiscan.pdf')))).toBe(true);
  });
});
