/**
 * The HTML report in a real browser (Debian chromium via playwright-core), loaded from file://.
 * Skipped with a message when chromium is absent, except under CI where that is a failure.
 */
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phiscan } from '../helpers/cli.js';
import { htmlReporter } from '../../reports/html/index.js';
import { materializeAll } from '../../reports/output.js';
import type { Finding } from '../../src/model/finding.js';
import { CHROMIUM_PATH, chromiumAvailable, inCi, launchChromium } from '../helpers/browser.js';
import { HOSTILE, SUPPRESSION, syntheticReport } from '../helpers/synthetic-network-report.js';
import { HOSTILE_EVIDENCE, HOSTILE_OWNER, SAFE_EVIDENCE, withAttestations } from '../helpers/attested-report.js';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const available = chromiumAvailable();
const run = available || inCi();
if (!run) console.warn(`[html-browser] SKIPPED: chromium not found at ${CHROMIUM_PATH}. Run scripts/ensure-chromium.sh (under CI=true this fails instead).`);

// With attestations: hostile evidence links and owners must stay text in the browser too.
const report = withAttestations(syntheticReport({ findings: 600, hostile: true }));
const titleOf = new Map(report.checks.map((c) => [c.id, c.title]));
const tagsOf = new Map(report.resources.map((r) => [r.id, r.tags]));

/** What the page's search matches, computed independently from the report. */
function searchHits(q: string): Finding[] {
  const needle = q.toLowerCase();
  return report.findings.filter((f) =>
    [f.checkId, titleOf.get(f.checkId) ?? '', f.resource.id, f.resource.name, f.resource.type, f.message, JSON.stringify(tagsOf.get(f.resource.id) ?? {})].join('\u0000').toLowerCase().includes(needle),
  );
}

describe.skipIf(!run)('HTML report in chromium', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  const problems: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CI: chromium not found at ${CHROMIUM_PATH}; .ci/run calls scripts/ensure-chromium.sh to install it`);
    const dir = join(ARTIFACTS, 'html-report');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'phiscan.html');
    writeFileSync(file, (await materializeAll(await htmlReporter.render(report, {})))[0]!.content);
    url = pathToFileURL(file).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const countText = () => page.locator('#f-count').textContent();
  // Polls: search input is debounced.
  const expectCount = (n: number) => expect.poll(countText, { timeout: 5000 }).toBe(`Showing ${n.toLocaleString('en-US')} of ${report.findings.length.toLocaleString('en-US')} findings`);
  const cells = (cls: string) => page.locator(`#grid-rows .row .cell.${cls}`).allTextContents();
  const reset = async () => {
    await page.click('#f-reset');
    await expectCount(report.findings.length);
  };
  const pwned = () => page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);

  it('loads from file:// with no console errors and no request but the page itself', async () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    await expectCount(report.findings.length);
  });

  it('hostile names, tags, ids and messages execute nothing and show as text', async () => {
    await reset();
    await page.fill('#f-search', 'window.__pwned=1');
    await expectCount(1);
    await page.click('#grid-rows .row');
    const details = (await page.locator('#details').textContent()) ?? '';
    expect(details).toContain(HOSTILE.name);
    expect(details).toContain(`note = ${HOSTILE.tag}`);
    expect(details).toContain(HOSTILE.message);
    expect(details).toContain(JSON.stringify(HOSTILE.evidence));
    expect(details).toContain(HOSTILE.id);
    // Server-rendered parts: the gap table and the network map carry the same strings as text.
    expect(await page.locator('#gaps').textContent()).toContain(HOSTILE.gap);
    const node = page.locator('#network-map [data-rid]').filter({ has: page.locator('title', { hasText: 'window.__pwned=1' }) });
    expect(await node.getAttribute('data-rid')).toBe(HOSTILE.id);
    await page.click('#details button:has-text("Show on the network map")');
    expect(await node.getAttribute('class')).toBe('nm-node highlight');
    await page.click('#f-reset');
    await node.click();
    expect(await page.inputValue('#f-search')).toBe(HOSTILE.id);
    await expectCount(1);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('filters change the visible rows', async () => {
    await reset();
    await page.selectOption('#f-status', 'pass');
    await expectCount(report.findings.filter((f) => f.status === 'pass').length);
    expect(new Set(await cells('status'))).toEqual(new Set(['Pass']));

    await page.selectOption('#f-severity', 'high');
    await expectCount(report.findings.filter((f) => f.status === 'pass' && f.severity === 'high').length);
    expect(new Set(await cells('severity'))).toEqual(new Set(['high']));

    await page.selectOption('#f-account', '100000000002');
    const acct = report.findings.filter((f) => f.status === 'pass' && f.severity === 'high' && f.resource.account === '100000000002');
    expect(acct.length).toBeGreaterThan(0);
    await expectCount(acct.length);
    expect(new Set(await cells('account'))).toEqual(new Set(['100000000002']));

    await reset();
    await page.selectOption('#f-region', 'us-west-2');
    await expectCount(report.findings.filter((f) => f.resource.region === 'us-west-2').length);
    await page.selectOption('#f-provider', 'aws');
    await expectCount(report.findings.filter((f) => f.resource.region === 'us-west-2').length);

    await reset();
    await page.selectOption('#f-requirement', 'encryption-at-rest');
    await expectCount(report.findings.filter((f) => (f.requirements as readonly string[]).includes('encryption-at-rest')).length);
    await page.check('#f-ephi');
    await expectCount(report.findings.filter((f) => f.ephi && (f.requirements as readonly string[]).includes('encryption-at-rest')).length);
  });

  it('search matches check, resource, message and tags', async () => {
    for (const q of ['bucket-3-', 'TEAM-1', 'could not be read']) {
      await reset();
      const expected = searchHits(q).length;
      expect(expected).toBeGreaterThan(0);
      await page.fill('#f-search', q);
      await expectCount(expected);
    }
    await page.fill('#f-search', 'no-such-thing-anywhere');
    await expectCount(0);
    expect(await page.locator('#grid-rows .row').count()).toBe(0);
  });

  it('marks a suppressed finding and shows why', async () => {
    await reset();
    const f = report.findings.find((x) => x.suppression)!;
    await page.fill('#f-search', f.resource.id);
    await expectCount(searchHits(f.resource.id).length);
    const row = page.locator('#grid-rows .row.suppressed');
    expect(await row.count()).toBe(1);
    expect(await row.locator('.cell.status').textContent()).toMatch(/\(suppressed\)$/);
    await row.click();
    expect(await page.locator('#details').textContent()).toContain(`Suppressed${SUPPRESSION.reason} (config, owner sec-team, expires 2027-06-30)`);
  });

  it('the table is virtualized: a window of rows in the DOM, scrolling reaches the last finding', async () => {
    await reset();
    const rendered = await page.locator('#grid-rows .row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    await page.evaluate(`document.getElementById('grid-viewport').scrollTop = 1e9`);
    await page.locator(`#grid-rows .row[aria-rowindex="${report.findings.length}"]`).waitFor({ timeout: 5000 });
  });

  it('column headers sort; the requirement summary filters the table', async () => {
    await reset();
    await page.click('#grid-head button[data-sort="region"]');
    expect((await cells('region'))[0]).toBe('us-east-1');
    await page.click('#grid-head button[data-sort="region"]');
    expect((await cells('region'))[0]).toBe('us-west-2');
    expect(await page.getAttribute('#grid-head button[data-sort="region"]', 'aria-sort')).toBe('descending');
    await page.click('#grid-head button[data-sort="status"]');

    await reset();
    const button = page.locator('button[data-requirement]').nth(1);
    const id = (await button.getAttribute('data-requirement'))!;
    await button.click();
    expect(await page.inputValue('#f-requirement')).toBe(id);
    const expected = report.findings.filter((f) => (f.requirements as readonly string[]).includes(id)).length;
    expect(expected).toBeGreaterThan(0);
    await expectCount(expected);
  });

  it('the current-rule filter and table rows change the visible rows to the findings of the item\'s checks', async () => {
    await reset();
    const byItem = (id: string) => {
      const item = report.currentRule.find((c) => c.id === id)!;
      // The filter shows the deciding and the supporting evidence.
      const checks = new Set([...item.checkIds, ...item.supportingCheckIds]);
      return report.findings.filter((f) => checks.has(f.checkId));
    };
    const options: string[] = [];
    for (const o of await page.locator('#f-current-rule option').all()) options.push((await o.getAttribute('value')) ?? '');
    options.shift(); // "All standards and specifications"
    expect(options.length).toBeGreaterThan(1);
    // Each option narrows to its checks' findings; pick one that is a strict, non-empty subset.
    const id = options.find((o) => byItem(o).length > 0 && byItem(o).length < report.findings.length)!;
    await page.selectOption('#f-current-rule', id);
    const expected = byItem(id);
    await expectCount(expected.length);
    const titles = new Set(expected.map((f) => titleOf.get(f.checkId)));
    for (const t of await cells('check')) expect(titles.has(t)).toBe(true);
    await page.selectOption('#f-status', 'fail');
    await expectCount(expected.filter((f) => f.status === 'fail').length);

    await reset();
    const button = page.locator('#current-rule button[data-current-rule]').filter({ hasNotText: /^$/ }).nth(2);
    const other = (await button.getAttribute('data-current-rule'))!;
    await button.click();
    expect(await page.inputValue('#f-current-rule')).toBe(other);
    await expectCount(byItem(other).length);
    await reset();
    expect(await page.inputValue('#f-current-rule')).toBe('');
  });

  it('attestation evidence: only http(s) URLs become links (noopener noreferrer); javascript: and data: stay text', async () => {
    const hrefs: (string | null)[][] = [];
    for (const a of await page.locator('#nprm-view a, #attestations a').all()) hrefs.push([await a.getAttribute('href'), await a.getAttribute('rel'), await a.textContent()]);
    // One https evidence: in the penetration-testing row and in the attestations table.
    expect(hrefs).toHaveLength(2);
    for (const [href, rel, text] of hrefs) {
      expect(href).toBe(SAFE_EVIDENCE);
      expect(text).toBe(SAFE_EVIDENCE);
      expect(rel).toBe('noopener noreferrer');
    }
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    const attestations = (await page.locator('#attestations').textContent()) ?? '';
    expect(attestations).toContain(HOSTILE_EVIDENCE);
    expect(attestations).toContain('data:text/html,<script>window.__pwned=8</script>');
    expect(attestations).toContain(HOSTILE_OWNER);
    expect(attestations).toContain('overdue');
    expect(await page.locator('#nprm-view').textContent()).toContain('overdue since 2025-06-01');
    expect(await page.locator('#current-rule').textContent()).toContain('Addressable');
    expect(await page.locator('script').count()).toBe(2);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('the network map pans and zooms, fits the frame, and "Show on the network map" brings the node into view', async () => {
    await reset();
    const frame = page.locator('#network-map');
    expect(await frame.getAttribute('class')).toContain('pz');
    const transform = () => page.evaluate<string>(`document.getElementById('network-map-canvas').style.transform`);
    const scaleOf = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())?.[1]);
    // Fit: the whole drawing inside the frame.
    // Panzoom applies a transform on the next frame, so the scale is polled until it is the fit
    // scale (a scale left over from an earlier test is also below 1).
    const fitted = await page.evaluate<number>(`(() => {
      const frame = document.getElementById('network-map'), svg = frame.querySelector('svg');
      return Math.min(1, frame.clientWidth / Number(svg.getAttribute('width')), frame.clientHeight / Number(svg.getAttribute('height')));
    })()`);
    expect(fitted).toBeLessThan(1);
    await page.click('#network-map-tools [data-map="fit"]');
    await expect.poll(scaleOf).toBeCloseTo(fitted, 3);
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const f = await box('#network-map');
    const svg = await box('#network-map-canvas svg');
    expect(svg.width).toBeLessThanOrEqual(f.width + 1);
    expect(svg.height).toBeLessThanOrEqual(f.height + 1);
    await page.click('#network-map-tools [data-map="in"]');
    await expect.poll(scaleOf).toBeCloseTo(fitted * 1.25, 3);
    // Dragging pans (and is not a click on a node).
    const before = await transform();
    await page.mouse.move(f.x + f.width / 2, f.y + f.height / 2);
    await page.mouse.down();
    await page.mouse.move(f.x + f.width / 2 - 120, f.y + f.height / 2 - 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(transform).not.toBe(before);
    expect(await page.inputValue('#f-search')).toBe('');
    // From a finding to its node: the node ends up inside the visible frame, readable.
    await page.fill('#f-search', HOSTILE.id);
    await expectCount(1);
    await page.click('#grid-rows .row');
    await page.click('#details button:has-text("Show on the network map")');
    const node = page.locator('#network-map .nm-node.highlight rect');
    await expect.poll(async () => {
      const n = (await node.boundingBox())!;
      const fr = await box('#network-map');
      return n.x >= fr.x && n.y >= fr.y && n.x + n.width <= fr.x + fr.width && n.y + n.height <= fr.y + fr.height;
    }).toBe(true);
    expect(await scaleOf()).toBeGreaterThanOrEqual(0.8);
    expect(problems).toEqual([]);
  });

  it('at 390 px the sticky navigation does not hide the selected finding', async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await narrow.goto(url);
      await narrow.waitForSelector('html[data-ready]');
      const navHeight = (await narrow.locator('nav.toc').boundingBox())!.height;
      expect(navHeight).toBeLessThan(60);
      await narrow.locator('#grid-rows .row').nth(3).click();
      const details = narrow.locator('#details');
      await expect.poll(async () => (await details.boundingBox())!.y).toBeGreaterThanOrEqual(navHeight);
      const d = (await details.boundingBox())!;
      expect(d.y).toBeLessThan(844 - 40);
      // What sits at the top of the details panel is the panel itself, not the navigation.
      const onTop = await narrow.evaluate(`document.elementFromPoint(${d.x + 20}, ${d.y + 10})?.closest('#details') !== null`);
      expect(onTop).toBe(true);
      await narrow.screenshot({ path: join(ARTIFACTS, 'html-report-390-details.png') });
    } finally {
      await narrow.close();
    }
  });

  it('writes a screenshot artifact', async () => {
    await reset();
    await page.click('#grid-rows .row');
    const file = join(ARTIFACTS, 'html-report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(20_000);
    // The two views and the attestations, for a reviewer to look at.
    const views = join(ARTIFACTS, 'html-report-views.png');
    await page.locator('#current-rule').screenshot({ path: views });
    await page.locator('#attestations').screenshot({ path: join(ARTIFACTS, 'html-report-attestations.png') });
    expect(statSync(views).size).toBeGreaterThan(20_000);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!run)('the demo report in chromium', () => {
  it("shows the demo world's <img onerror> tag as text: no dialog, no error, no request", async () => {
    if (!available) throw new Error(`CI: chromium not found at ${CHROMIUM_PATH}`);
    const out = mkdtempSync(join(tmpdir(), 'phiscan-demo-html-'));
    const r = await phiscan(['demo', '-o', out, '-q', '--format', 'html']);
    expect(r.code, r.stderr).toBe(1);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const problems: string[] = [];
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('request', (q) => requests.push(q.url()));
      const url = pathToFileURL(join(out, 'phiscan.html')).href;
      await page.goto(url);
      await page.waitForSelector('html[data-ready]');
      // The demo's network map, for a reviewer to look at: desktop and phone widths.
      await page.locator('#map-section').scrollIntoViewIfNeeded();
      await page.locator('#map-section').screenshot({ path: join(ARTIFACTS, 'network-map-demo-desktop.png') });
      expect(await page.locator('#network-map svg').getAttribute('data-layout')).toBe('elk-layered');
      expect(await page.locator('#network-map .nm-edge[data-kind="internet"]').count()).toBeGreaterThan(5);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('#network-map-tools [data-map="fit"]').click();
      await page.locator('#map-section').screenshot({ path: join(ARTIFACTS, 'network-map-demo-390.png') });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.fill('#f-search', 'onerror');
      await expect.poll(() => page.locator('#grid-rows .row .cell.resource').allTextContents()).toEqual(expect.arrayContaining(['web-assets']));
      expect(new Set(await page.locator('#grid-rows .row .cell.resource').allTextContents())).toEqual(new Set(['web-assets']));
      await page.click('#grid-rows .row');
      expect(await page.locator('#details').textContent()).toContain('note = <img src=x onerror=alert(1)>');
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  });
});
