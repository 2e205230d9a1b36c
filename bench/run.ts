/**
 * `npm run bench [-- NAME ...]`: runs the benchmarks (all, or those named), prints each result as a
 * JSON line and writes the table to docs/performance.md with the machine and Node version.
 * Benchmarks are measurements, never pass/fail tests: CI does not run them.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { run as aws } from './aws.js';
import { run as azure } from './azure.js';
import { run as evaluate } from './evaluate.js';
import { run as gcp } from './gcp.js';
import { run as html } from './html.js';
import { run as iac } from './iac.js';
import { run as networkMap } from './network-map.js';
import { run as pdf } from './pdf.js';
import { run as reports } from './reports.js';
import { run as shard } from './shard.js';

type Result = Record<string, number | string>;

interface Bench {
  readonly name: string;
  readonly scenario: string;
  readonly run: () => Promise<Result>;
}

const BENCHES: readonly Bench[] = [
  { name: 'evaluate', scenario: '1. Evaluation of a generated normalized inventory (streaming engine) vs JSON.parse of the same file', run: evaluate },
  { name: 'aws', scenario: '2. Live collection: AWS wire simulator, 2 accounts x 17 regions', run: aws },
  { name: 'azure', scenario: '2. Live collection: Azure Resource Graph and ARM simulator', run: azure },
  { name: 'gcp', scenario: '2. Live collection: GCP Cloud Asset Inventory simulator', run: gcp },
  { name: 'reports', scenario: '3. Reports: JSON, SARIF, inventory, JUnit and Markdown for 100,000 findings', run: reports },
  { name: 'html', scenario: '3. Reports: HTML at 100,000 findings (render, size, time to interactive in headless Chromium)', run: html },
  { name: 'network-map', scenario: '3. Reports: network map layout (ELK layered vs rows) at about 1,000, 2,000 and 10,000 nodes', run: networkMap },
  { name: 'pdf', scenario: '3. Reports: PDF for a 20,000-finding report', run: pdf },
  { name: 'iac', scenario: '4. IaC: a 100,000-resource Terraform plan read and mapped, vs JSON.parse of the same file', run: iac },
  { name: 'shard', scenario: 'Scale-out: GCP scan in 4 shards and merged, vs unsharded', run: shard },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length > 0) {
  process.stderr.write(`phiscan bench: unknown benchmark ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})\n`);
  process.exit(2);
}
const results: [Bench, Result][] = [];
for (const bench of BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  const result = await bench.run();
  results.push([bench, result]);
  process.stdout.write(`${JSON.stringify({ bench: bench.name, ...result })}\n`);
}
if (wanted.length === 0) {
  const file = join(import.meta.dirname, '..', 'docs', 'performance.md');
  writeFileSync(file, renderMarkdown(results));
  process.stderr.write(`wrote ${file}\n`);
}

function renderMarkdown(rows: readonly [Bench, Result][]): string {
  const cpu = cpus();
  const lines = [
    '# Performance',
    '',
    'Written by `npm run bench` (all benchmarks); numbers from one run, not a statistical study.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform}/${process.arch}`,
    `- Node ${process.version}`,
    '',
  ];
  for (const [bench, result] of rows) {
    lines.push(`## ${bench.scenario}`, '', `\`npm run bench -- ${bench.name}\``, '', '| measure | value |', '|---|---|');
    for (const [k, v] of Object.entries(result)) lines.push(`| ${k} | ${String(v).replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
