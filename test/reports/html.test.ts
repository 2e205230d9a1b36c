import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { materialize, reporterFor } from '../../reports/index.js';
import { htmlReporter } from '../../reports/html/index.js';
import type { Payload } from '../../reports/html/client/payload.js';
import { embedJson, findingOrder } from '../../reports/html/payload.js';
import { escapeXml, html } from '../../reports/markup.js';
import { HOSTILE, SUPPRESSION, syntheticReport } from '../helpers/synthetic-network-report.js';
import { HOSTILE_EVIDENCE, HOSTILE_OWNER, SAFE_EVIDENCE, withAttestations } from '../helpers/attested-report.js';

const report = syntheticReport({ findings: 300, hostile: true });
const page = String(await materialize((await htmlReporter.render(report, {}))[0]!.content));
const dataBlock = /<script type="application\/json" id="phiscan-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
const scriptBlock = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
const styleBlock = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('HTML reporter', () => {
  it('is registered with the network map', async () => {
    expect(reporterFor('html')).toBe(htmlReporter);
    expect((await reporterFor('network-map')!.render(report, {})).map((f) => f.name)).toEqual(['network-map.dot', 'network-map.mmd', 'network-map.svg']);
    expect((await htmlReporter.render(report, {})).map((f) => f.name)).toEqual(['phiscan.html']);
  });

  it('is deterministic', async () => {
    expect(String(await materialize((await htmlReporter.render(report, {}))[0]!.content))).toBe(page);
  });

  it('allows only its own inline script and style, by hash, and loads nothing', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(csp).toBe(`default-src 'none'; script-src ${sha(scriptBlock)}; style-src ${sha(styleBlock)}; base-uri 'none'; form-action 'none'`);
    expect(scriptBlock.length).toBeGreaterThan(1000);
    // Markup outside the data and script blocks references no external resource; links are in-page.
    const markup = page.replace(dataBlock, '').replace(scriptBlock, '');
    expect(markup).not.toMatch(/<[a-z][^>]*\s(src|srcset|action|data|xlink:href)=|<[a-z][^>]*\shref="(?!#)|<link|<img|<iframe|<object|<embed|@import|url\(/i);
    expect(markup).toMatch(/<a href="#gaps">/);
    expect(markup.match(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/g)).toBeNull();
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });

  it('embeds data that cannot end its script block, and escapes server-rendered strings', () => {
    expect(embedJson({ a: '</script><!-- & \u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
    expect(dataBlock).not.toMatch(/[<>]/);
    expect(page).not.toContain(HOSTILE.name);
    expect(page).not.toContain(HOSTILE.tag);
    expect(page).toContain(escapeXml(HOSTILE.gap));
    expect(html`<p title="${'"x\' <y>'}">${['<a>', html`<b>ok</b>`]}</p>`.value).toBe('<p title="&quot;x&#39; &lt;y&gt;">&lt;a&gt;<b>ok</b></p>');
    expect(escapeXml('a\u0000b\uD800c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('the compact payload decodes to every finding of the report, in reading order', () => {
    const p = JSON.parse(dataBlock) as Payload;
    const str = (i: number) => (i >= 0 ? p.strings[i] : undefined);
    const decoded = Array.from({ length: p.findings.count }, (_, i) => {
      const check = p.checks[p.findings.check[i]!]!;
      const r = p.resources[p.findings.resource[i]!]!;
      const reqRef = p.findings.requirements[i]!;
      return {
        checkId: check.id,
        status: p.statuses[p.findings.status[i]!],
        severity: p.severities[p.findings.severity[i]!],
        resourceId: r[0],
        name: r[1],
        account: str(r[4]),
        ephi: p.findings.ephi[i] === 1,
        message: str(p.findings.message[i]!),
        evidence: JSON.parse(str(p.findings.evidence[i]!)!) as unknown,
        remediation: str(p.findings.remediation[i]!) ?? check.remediation.summary,
        requirements: reqRef === -1 ? check.requirements : (JSON.parse(str(reqRef)!) as string[]),
      };
    });
    const expected = [...report.findings].sort(findingOrder).map((f) => ({
      checkId: f.checkId,
      status: f.status,
      severity: f.severity,
      resourceId: f.resource.id,
      name: f.resource.name,
      account: f.resource.account,
      ephi: f.ephi,
      message: f.message,
      evidence: f.evidence,
      remediation: f.remediation,
      requirements: f.requirements,
    }));
    expect(decoded).toEqual(expected);
    const suppressions = p.findings.suppression.filter((x) => x !== -1).map((x) => str(x));
    expect(suppressions).toEqual([`${SUPPRESSION.reason} (config, owner sec-team, expires 2027-06-30)`]);
    expect(decoded[0]?.status).toBe('fail');
    expect(p.requirements.map((r) => r.id)).toEqual(report.requirements.map((r) => r.id));
  });

  it('renders an empty report (no findings, resources or gaps)', async () => {
    const empty = { ...report, findings: [], resources: [], gaps: [], checks: [], summary: { ...report.summary, resources: 0, gaps: 0, coverage: 'complete' as const } };
    const out = String(await materialize((await htmlReporter.render(empty, {}))[0]!.content));
    expect(out).toContain('Coverage gaps: none');
    expect(out).toContain('No networks or ePHI resources in the inventory.');
    const p = JSON.parse(/<script type="application\/json" id="phiscan-data">([\s\S]*?)<\/script>/.exec(out)![1]!) as Payload;
    expect(p.findings.count).toBe(0);
  });

  it('lists coverage gaps before the summary, with the run metadata', () => {
    expect(page.indexOf('id="gaps"')).toBeLessThan(page.indexOf('id="summary"'));
    expect(page).toContain(`Coverage gaps: ${report.gaps.length}`);
    expect(page).toContain('ListBackupPlans');
    expect(page).toContain('arn:aws:iam::100000000000:role/phiscan-audit');
    expect(page).toContain(report.catalog.statusNote);
  });
});

const attested = withAttestations(report);
const out = String(await materialize((await htmlReporter.render(attested, {}))[0]!.content));

describe('HTML reporter: both views and attestations', () => {
  const section = (id: string) => out.slice(out.indexOf(`<section id="${id}"`), out.indexOf('</section>', out.indexOf(`<section id="${id}"`)));

  it('is deterministic and keeps the same CSP shape', async () => {
    expect(String(await materialize((await htmlReporter.render(attested, {}))[0]!.content))).toBe(out);
    expect(/content="([^"]*)"/.exec(out)?.[1]).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; base-uri 'none'; form-action 'none'$/);
  });

  it('shows both views\' counts side by side', () => {
    const summary = section('summary');
    for (const [status, label] of [['fail', 'fail'], ['not-assessable-by-configuration', 'not assessable from configuration']] as const) {
      expect(summary).toContain(`<tr><td class="rs-${status}">${label}</td><td class="num">${attested.summary.views.nprm[status]}</td><td class="num">${attested.summary.views.currentRule[status]}</td></tr>`);
    }
  });

  it('the current-rule table lists every item with citation, designation, status and counts; items with checks filter the findings', () => {
    const table = section('current-rule');
    const rows = table.split('<tr class="cr-').slice(1);
    expect(rows).toHaveLength(attested.currentRule.length);
    attested.currentRule.forEach((item, i) => {
      const row = rows[i]!;
      expect(row).toContain(escapeXml(`45 CFR ${item.citation}`));
      expect(row).toContain(escapeXml(item.title));
      expect(row).toContain(item.kind === 'standard' ? 'Standard (required)' : item.designation === 'required' ? '>Required<' : '>Addressable<');
      expect(row).toContain(`<td class="rs-${item.status}">`);
      expect(row).toContain(`<td class="num">${item.counts.fail.toLocaleString('en-US')}</td><td class="num">${item.counts.excepted.toLocaleString('en-US')}</td><td class="num">${item.counts.not_assessed.toLocaleString('en-US')}</td><td class="num">${item.counts.pass.toLocaleString('en-US')}</td>`);
      expect(row.includes(`data-current-rule="${item.id}"`)).toBe(item.checkIds.length + item.supportingCheckIds.length > 0);
      if (item.statusNote) expect(row).toContain(escapeXml(item.statusNote));
      if (item.supportingCheckIds.length > 0) expect(row).toContain('supporting only: <span class="mono">');
    });
    expect(rows.some((r) => r.includes('>Addressable<'))).toBe(true);
    // A gap in the current-rule view is visible even where the NPRM view passes, and vice versa.
    expect(table).toContain('rs-not-assessable-by-configuration');
    expect(table).toContain('rs-fail');
    const p = JSON.parse(/<script type="application\/json" id="phiscan-data">([\s\S]*?)<\/script>/.exec(out)![1]!) as Payload;
    expect(p.currentRule.map((c) => [c.id, c.checkIds])).toEqual(attested.currentRule.map((c) => [c.id, [...c.checkIds, ...c.supportingCheckIds]]));
    expect(out).toContain('<select id="f-current-rule">');
  });

  it('the NPRM table shows configuration status beside the combined status and the attestation', () => {
    const nprm = section('nprm-view');
    const row = (id: string) => nprm.split('<tr>').find((r) => r.includes(`data-requirement="${id}"`) || r.includes(`>${id}</span>`))!;
    // Risk analysis: nothing in configuration, overdue attestation: fails, and says since when.
    const risk = row('risk-analysis');
    expect(risk).toContain('<td class="rs-not-assessable-by-configuration">not assessable from configuration</td><td class="rs-fail">fail</td>');
    expect(risk).toContain('overdue since 2025-06-01');
    expect(risk).toContain('last performed 2024-06-01');
    expect(risk).toContain(`evidence: <span class="evidence-ref" data-evidence="">${escapeXml(HOSTILE_EVIDENCE)}</span>`);
    const scan = row('vulnerability-scanning');
    expect(scan).toContain('next due 2026-02-01');
    expect(scan).toContain(`owner: ${escapeXml(HOSTILE_OWNER)}`);
    expect(row('penetration-testing')).toContain(escapeXml(SAFE_EVIDENCE));
    // A configuration failure is not hidden by a missing or passing attestation.
    const inventory = attested.requirements.find((r) => r.id === 'asset-inventory')!;
    expect(inventory.configStatus).toBe('fail');
    expect(row('asset-inventory')).toContain('<td class="rs-fail">fail</td><td class="rs-fail">fail</td>');
  });

  it('lists attestations with state and due date; hostile strings stay escaped text, links are made only by the client', () => {
    const table = section('attestations');
    expect(table).toContain('Attestations: 3');
    expect(table).toContain('<td class="nowrap">2025-06-01</td><td class="rs-fail">overdue</td>');
    expect(table).toContain('<td class="nowrap">2026-12-01</td><td class="rs-pass">current</td>');
    expect(out).not.toContain(HOSTILE_OWNER);
    expect(out).not.toContain('<script>window.__pwned');
    expect(out).toContain(escapeXml('</td><script>window.__pwned=9</script>'));
    const markup = out.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/<a [^>]*href="(?!#)/);
  });

  it('says when no attestations file was given', () => {
    expect(page).toContain('No attestations file was given');
    expect(page).toContain('expects an attestation (no file given)');
  });
});

describe('phiscan demo --format html --format network-map', () => {
  it('writes the HTML report and the network map; the demo world\'s hostile tag stays text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'phiscan-html-'));
    const r = await phiscan(['demo', '-o', out, '-q', '--format', 'html', '--format', 'network-map'], { env: { SOURCE_DATE_EPOCH: '1790000000' } });
    expect(r.code, r.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['network-map.dot', 'network-map.mmd', 'network-map.svg', 'phiscan.html']);
    const demo = readFileSync(join(out, 'phiscan.html'), 'utf8');
    expect(demo).not.toContain('<img src=x onerror=alert(1)>');
    expect(demo).toContain('\\u003cimg src=x onerror=alert(1)\\u003e');
    expect(readFileSync(join(out, 'network-map.dot'), 'utf8')).toContain('digraph phiscan_network_map {');
    expect(readFileSync(join(out, 'network-map.mmd'), 'utf8')).toMatch(/^%%.*\nflowchart LR\n/);
  });
});
