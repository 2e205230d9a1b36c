import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlReporter } from '../reports/html/index.js';
import { materializeAll } from '../reports/output.js';
import { networkMapReporter } from '../reports/network-map/index.js';
import { buildNetworkGraph } from '../reports/network-map/graph.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../test/helpers/browser.js';
import { syntheticReport } from '../test/helpers/synthetic-network-report.js';

const FINDINGS = 100_000;
const OUT = join(import.meta.dirname, '..', 'bench-results', 'html');

/** Run a snippet in the page and return its number (string-evaluated: bench code has no DOM types). */
async function inPage(page: { evaluate: (expr: string) => Promise<unknown> }, body: string): Promise<number> {
  return Math.round(Number(await page.evaluate(`(() => { ${body} })()`)));
}

/**
 * The HTML report at 100,000 findings: render time and file size (and the network map of the same
 * inventory), then in headless chromium the
 * time until the table is interactive (the client sets data-ready after the first render), and
 * the cost of a filter change and a first search over every finding.
 */
export async function run(): Promise<Record<string, number | string>> {
  // Round-trip through JSON, as `phiscan report --from` reads it.
  const report = JSON.parse(JSON.stringify(syntheticReport({ findings: FINDINGS }))) as ReturnType<typeof syntheticReport>;
  const out: Record<string, number | string> = { findings: report.findings.length, resources: report.resources.length };
  let started = performance.now();
  const content = (await materializeAll(await htmlReporter.render(report, {})))[0]!.content;
  out.render_cold_ms = Math.round(performance.now() - started);
  started = performance.now();
  await htmlReporter.render(report, {});
  out.render_warm_ms = Math.round(performance.now() - started);
  out.file_bytes = Buffer.byteLength(content);
  started = performance.now();
  const map = await materializeAll(await networkMapReporter.render(report, {}));
  out.network_map_render_ms = Math.round(performance.now() - started);
  const graph = buildNetworkGraph(report);
  out.network_map_nodes = graph.nodes.length;
  out.network_map_edges = graph.edges.length;
  for (const f of map) out[`${f.name.replace(/[.-]/g, '_')}_bytes`] = Buffer.byteLength(f.content);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'phiscan.html');
  writeFileSync(file, content);

  if (!chromiumAvailable()) return { ...out, browser: `skipped: no chromium at ${CHROMIUM_PATH}` };
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    started = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
    out.browser_wall_to_interactive_ms = Math.round(performance.now() - started);
    out.page_time_to_interactive_ms = Number(await page.getAttribute('html', 'data-ready'));
    out.page_dom_content_loaded_ms = await inPage(page, `return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;`);
    out.filter_status_ms = await inPage(page, `const s = document.getElementById('f-status'); const t = performance.now(); s.value = 'pass'; s.dispatchEvent(new Event('change')); return performance.now() - t;`);
    out.first_search_ms = await inPage(page, `const i = document.getElementById('f-search'); i.value = 'bucket-3-'; const t = performance.now(); document.getElementById('filters').requestSubmit(); return performance.now() - t;`);
    out.next_search_ms = await inPage(page, `const i = document.getElementById('f-search'); i.value = 'volume'; const t = performance.now(); document.getElementById('filters').requestSubmit(); return performance.now() - t;`);
    out.sort_by_resource_ms = await inPage(page, `const b = document.querySelector('button[data-sort="resource"]'); const t = performance.now(); b.click(); return performance.now() - t;`);
    out.rows_in_dom = await inPage(page, `return document.querySelectorAll('#grid-rows .row').length;`);
    out.js_heap_mb = await inPage(page, `return performance.memory ? performance.memory.usedJSHeapSize / 1048576 : -1;`);
    out.count_text = (await page.locator('#f-count').textContent()) ?? '';
  } finally {
    await browser.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
