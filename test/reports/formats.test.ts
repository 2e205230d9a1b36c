import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../reports/csv.js';
import { materializeAll, REPORTERS, reporterFor } from '../../reports/index.js';
import { inventoryCsv, inventoryJson } from '../../reports/inventory/index.js';
import { renderJunit } from '../../reports/junit/index.js';
import { renderMarkdown } from '../../reports/markdown/index.js';
import { hasControl, markdownText as md, withoutControls } from '../../src/lib/text.js';
import type { ScanReport } from '../../src/model/report.js';
import { HOSTILE, syntheticReport } from '../helpers/synthetic-report.js';
import { ATTESTATIONS, HOSTILE_OWNER, withAttestations } from '../helpers/attested-report.js';
import { parseCsv } from '../helpers/csv.js';

const report = syntheticReport({ findings: 300, hostile: true, gaps: 2 });
const empty: ScanReport = { ...syntheticReport({ findings: 0, gaps: 0 }), findings: [], resources: [] };


describe('every reporter', () => {
  it('is registered once, renders byte-identical output twice, and handles an empty report', async () => {
    expect(new Set(REPORTERS.map((r) => r.format)).size).toBe(REPORTERS.length);
    for (const f of ['json', 'sarif', 'inventory', 'junit', 'markdown']) {
      const r = reporterFor(f)!;
      expect(r, f).toBeDefined();
      const a = await materializeAll(await r.render(report, {}));
      expect(await materializeAll(await r.render(report, {})), f).toEqual(a);
      expect(a.every((o) => o.content.length > 0)).toBe(true);
      expect((await materializeAll(await r.render(empty, {}))).every((o) => o.content.length > 0), f).toBe(true);
    }
  });
});

describe('asset inventory', () => {
  it('CSV cells are RFC 4180 and formula-safe', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=x')).toBe("' =x");
    expect(csvCell('\uFF1DSUM(A1)')).toBe("'\uFF1DSUM(A1)");
    expect(csvCell('a\u001b]0;title\u0007b')).toBe('a ]0;title b');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('two lines');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('lists every resource with owner, ePHI flag, tags, network placement and source, sorted', () => {
    const text = inventoryCsv(report);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    const [header, ...data] = rows;
    expect(header).toEqual(['provider', 'account', 'region', 'type', 'id', 'name', 'ephi', 'owner', 'tags', 'network_id', 'subnet_ids', 'security_group_ids', 'public_address', 'peers', 'source', 'iac_address', 'iac_joined', 'checks', 'issues']);
    expect(data).toHaveLength(report.resources.length);
    expect(data.every((r) => r.length === header!.length)).toBe(true);
    const col = (name: string) => header!.indexOf(name);
    // Hostile names round-trip as text, and no cell starts a formula.
    expect(data.every((r) => r.every((c) => !/^[=+\-@\t\r]/.test(c)))).toBe(true);
    const hostileRow = data.find((r) => r[col('name')]!.includes('<img'))!;
    expect(hostileRow[col('name')]).toContain(withoutControls(HOSTILE.split('\n')[0]!).trimEnd());
    expect(data.every((r) => r.every((c) => !hasControl(c)))).toBe(true);
    const iac = data.find((r) => r[col('iac_address')] !== '')!;
    expect(iac[col('source')]).toMatch(/^modules\/store \d\/main\.tf:\d+$/);
    const withTags = data.find((r) => r[col('tags')]!.startsWith('{'))!;
    expect(Object.keys(JSON.parse(withTags[col('tags')]!) as object)).toContain('cost center');
    expect(data.some((r) => r[col('issues')]!.includes('tags-unreadable'))).toBe(true);
    const keys = data.map((r) => [r[col('provider')], r[col('account')], r[col('region')], r[col('type')], r[col('id')]].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
  });

  it('JSON names the NPRM requirement, review date, completeness and every asset', () => {
    const doc = JSON.parse(inventoryJson(report)) as {
      kind: string;
      requirement: { id: string; proposedCitation: { citation: string } };
      reviewBy: string;
      complete: boolean;
      gaps: unknown[];
      summary: { assets: number; ephi: number; ephiWithoutOwner: number };
      assets: { id: string; owner: string | null; ephi: boolean; network?: unknown; issues: string[] }[];
    };
    expect(doc.kind).toBe('phiscan-asset-inventory');
    expect(doc.requirement).toMatchObject({ id: 'asset-inventory', proposedCitation: { citation: '164.308(a)(1)(ii)(A), (C)' } });
    expect(doc.reviewBy).toBe('2027-09-21');
    expect(doc.complete).toBe(false);
    expect(doc.gaps).toHaveLength(2);
    expect(doc.assets.map((a) => a.id).sort()).toEqual(report.resources.map((r) => r.id).sort());
    expect(doc.summary.ephi).toBe(report.resources.filter((r) => r.ephi).length);
    expect(doc.summary.ephiWithoutOwner).toBe(doc.assets.filter((a) => a.ephi && !a.owner).length);
    expect(doc.assets.filter((a) => a.ephi && !a.owner).every((a) => a.issues.includes('ephi-without-owner'))).toBe(true);
  });
});

describe('JUnit XML', () => {
  const xml = renderJunit(report);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });
  type Case = { classname: string; name: string; failure?: { message: string; type: string }; skipped?: { message: string } };
  /** Throws unless the XML is well-formed (the parser's validation option). */
  const parseStrict = (x: string): unknown =>
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still supported; the split-out validator package is not a dependency here
    parser.parse(x, true);
  const doc = parseStrict(xml) as { testsuites: { tests: string; failures: string; skipped: string; testsuite: { name: string; tests: string; failures: string; skipped: string; testcase?: Case[] }[] } };

  it('is well-formed with hostile strings, one suite per check plus coverage, counts that add up', () => {
    expect(() => parseStrict(xml)).not.toThrow();
    expect(() => parseStrict('<a><b></a>')).toThrow();
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name.split(':')[0])).toEqual([...report.checks.map((c) => c.id), 'coverage']);
    const failing = report.findings.filter((f) => f.status === 'fail' && !f.suppression).length;
    const skipped = report.findings.filter((f) => f.suppression || f.status === 'not_assessed' || f.status === 'excepted').length + report.gaps.length;
    expect(report.findings.some((f) => f.status === 'excepted')).toBe(true);
    expect(Number(doc.testsuites.tests)).toBe(report.findings.length + report.gaps.length);
    expect(Number(doc.testsuites.failures)).toBe(failing);
    expect(Number(doc.testsuites.skipped)).toBe(skipped);
    for (const s of suites) {
      const cases = s.testcase ?? [];
      expect(cases.length).toBe(Number(s.tests));
      expect(cases.filter((c) => c.failure).length).toBe(Number(s.failures));
      expect(cases.filter((c) => c.skipped).length).toBe(Number(s.skipped));
    }
  });

  it('failures carry the message; not assessed are skipped; hostile text is data', () => {
    const cases = doc.testsuites.testsuite.flatMap((s) => s.testcase ?? []);
    const failure = cases.find((c) => c.failure)!;
    expect(failure.failure!.message).toContain('setting is wrong <img src=x onerror=alert(1)>');
    expect(cases.some((c) => c.skipped?.message.startsWith('not assessed: setting could not be read'))).toBe(true);
    expect(cases.some((c) => c.skipped?.message.startsWith('suppressed (config): accepted risk'))).toBe(true);
    expect(xml).not.toContain('<img');
    expect(renderJunit({ ...report, findings: [{ ...report.findings.find((f) => f.status === 'fail' && !f.suppression)!, message: 'bad \u0001\u0008 \uD800 end' }] })).toContain('bad \uFFFD\uFFFD \uFFFD end');
  });
});

describe('Markdown summary', () => {
  const text = renderMarkdown(report);

  it('escapes untrusted strings: no HTML, no table breakout, no bidi or line breaks', () => {
    expect(md('a|b')).toBe('a\\|b');
    expect(md('<b>x</b>')).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(md('line\nbreak\u202e')).toBe('line break');
    expect(md('@octocat and @org/team')).toBe('@&#8203;octocat and @&#8203;org/team');
    expect(md('\u001b]0;t\u0007x\u009b2J')).toBe('\\]0;t x 2J');
    expect(md('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(text).not.toMatch(/<img|\u202e/);
    // Every table row has exactly as many unescaped pipes as its header.
    const tables = text.split('\n\n').filter((b) => b.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) {
      const rows = t.split('\n');
      const pipes = (r: string) => (r.match(/(?<!\\)\|/g) ?? []).length;
      expect(rows.every((r) => pipes(r) === pipes(rows[0]!)), t.slice(0, 200)).toBe(true);
    }
  });

  it('has counts, the per-requirement table, top failures most severe first and the coverage gaps', () => {
    const failing = report.findings.filter((f) => f.status === 'fail' && !f.suppression);
    expect(text).toContain(`**${failing.length} failing**`);
    expect(text).toContain('### By NPRM requirement');
    expect(text).toMatch(/\| Encryption of ePHI at rest \(encryption\\-at\\-rest\) \|/);
    const top = text.split('### Top failing findings')[1]!.split('###')[0]!;
    const sevs = [...top.matchAll(/^\| (critical|high|medium|low|info)/gm)].map((m) => m[1]);
    expect(sevs).toHaveLength(20);
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = sevs.map((s) => order.indexOf(s!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(sevs.filter((s) => s === 'critical')).toHaveLength(failing.filter((f) => f.severity === 'critical').length);
    expect(text).toContain(`${failing.length - 20} more failing findings`);
    expect(text).toContain('| aws/111122223333/us\\-west\\-1 | s3\\:GetBucketPolicy | access\\-denied \\(AccessDenied\\)\\: not authorized &lt;img');
    expect(renderMarkdown(empty)).toContain('No failing findings.');
  });

  it('has both views\' counts and the compact current-rule table', () => {
    expect(renderMarkdown(report)).toBe(text);
    const views = text.split('### NPRM readiness and current-rule compliance')[1]!.split('###')[0]!;
    for (const [status, escaped] of [['fail', 'fail'], ['not_assessed', 'not\\_assessed'], ['not-assessable-by-configuration', 'not\\-assessable\\-by\\-configuration'], ['pass', 'pass']] as const) {
      expect(views).toContain(`| ${escaped} | ${report.summary.views.nprm[status]} | ${report.summary.views.currentRule[status]} |`);
    }
    const table = text.split('### Current Security Rule (45 CFR 164.308-316)')[1]!.split('</details>')[0]!;
    const rows = table.split('\n').filter((l) => /^\| 164/.test(l));
    expect(rows).toHaveLength(report.currentRule.length);
    report.currentRule.forEach((item, i) => {
      const note = [item.statusNote ?? '', item.supportingCheckIds.length > 0 ? `${item.supportingCheckIds.length} supporting checks` : ''].filter(Boolean).join('; ');
      expect(rows[i]).toBe(`| ${md(item.citation)} | ${md(item.title)} | ${item.kind === 'standard' ? 'standard' : item.designation} | ${md(item.status)} | ${note ? md(note) : ''} |`);
    });
    expect(rows.some((r) => r.includes('| addressable |'))).toBe(true);
    expect(text).toContain('No attestations file was given');
  });

  it('lists attestations overdue or due within 90 days of the run date, escaped', () => {
    // Run date 2026-09-21: vulnerability scanning (due 2026-02-01) and risk analysis are overdue,
    // penetration testing is due 2026-12-01 (71 days), the compliance audit is not due for a year.
    const attested = withAttestations(report, { attestations: [...ATTESTATIONS.attestations, { requirement: 'compliance-audit', performed: '2026-09-01', attestedBy: 'Internal audit', evidence: 'https://docs.example.org/audit' }] });
    const out = renderMarkdown(attested);
    const section = out.split('### Attestations')[1]!.split('###')[0]!;
    expect(section).toContain('As of 2026\\-09\\-21: **2 overdue**, 1 due within 90 days');
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| requirement'));
    expect(rows.map((r) => /\(([a-z\\-]+)\)/.exec(r)?.[1])).toEqual(['risk\\-analysis', 'vulnerability\\-scanning', 'penetration\\-testing']);
    expect(rows[0]).toMatch(/\| 2025\\-06\\-01 \| \*\*overdue\*\* \|$/);
    expect(rows[2]).toMatch(/\| 2026\\-12\\-01 \| due in 71 days \|$/);
    expect(section).not.toContain('compliance');
    expect(out).not.toContain(HOSTILE_OWNER);
    expect(rows[1]).toContain(md(HOSTILE_OWNER));
    // Process requirements show their attested status beside "not assessable from configuration".
    expect(out).toContain('penetration\\-testing (pass)');
    expect(out).toContain('risk\\-analysis (fail)');
    for (const t of out.split('\n\n').filter((b) => b.startsWith('|'))) {
      const lines = t.split('\n');
      const pipes = (r: string) => (r.match(/(?<!\\)\|/g) ?? []).length;
      expect(lines.every((r) => pipes(r) === pipes(lines[0]!)), t.slice(0, 200)).toBe(true);
    }
  });
});
