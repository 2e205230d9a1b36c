import { gzipSync } from 'node:zlib';
import { materializeAll, reporterFor } from '../reports/index.js';
import { syntheticReport } from '../test/helpers/synthetic-report.js';

const FINDINGS = 100_000;

/**
 * Reporters at scale: a synthetic report of 100,000 findings (a third each fail, not assessed
 * and pass; live and IaC resources; suppressions; one coverage gap). Renders JSON, SARIF (cut to
 * GitHub's 25,000 results and 10 MB gzip), and the small formats; time, bytes and gzip bytes each.
 */
export async function run(): Promise<Record<string, number | string>> {
  const report = syntheticReport({ findings: FINDINGS, gaps: 1 });
  const out: Record<string, number | string> = { findings: FINDINGS, resources: report.resources.length };
  for (const format of ['json', 'sarif', 'inventory', 'junit', 'markdown']) {
    const reporter = reporterFor(format);
    if (!reporter) throw new Error(`no reporter ${format}`);
    const started = performance.now();
    const files = await materializeAll(await reporter.render(report, {}));
    out[`${format}_ms`] = Math.round(performance.now() - started);
    const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    out[`${format}_mb`] = Math.round(bytes / 10_485.76) / 100;
    out[`${format}_gzip_mb`] = Math.round(files.reduce((n, f) => n + gzipSync(f.content).length, 0) / 10_485.76) / 100;
    if (format === 'sarif') out.sarif_results = (JSON.parse(String(files[0]?.content ?? '{}')) as { runs: { results: unknown[] }[] }).runs[0]?.results.length ?? 0;
  }
  out.heap_mb = Math.round(process.memoryUsage().heapUsed / 1_048_576);
  return Promise.resolve(out);
}
