import { describe, expect, it } from 'vitest';
import { inventoryCsv, inventoryJson, inventoryReporter } from '../../reports/inventory/index.js';
import { jsonReporter } from '../../reports/json/index.js';
import { junitReporter, renderJunit } from '../../reports/junit/index.js';
import { chunksOf, materialize, prettyJsonParts, textSlices } from '../../reports/output.js';
import type { ScanReport } from '../../src/model/report.js';
import { syntheticReport } from '../helpers/synthetic-report.js';

const report = syntheticReport({ findings: 3000, hostile: true, gaps: 2 });

describe('chunked output', () => {
  it('the JSON report in chunks is JSON.stringify(report, null, 2) byte for byte (the single-string output it replaced)', async () => {
    const [file] = await jsonReporter.render(report, {});
    const chunks: string[] = [];
    for await (const c of chunksOf(file!.content)) chunks.push(String(c));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('an empty report, and values JSON.stringify drops or nulls, come out the same way', async () => {
    const empty: ScanReport = { ...report, findings: [], resources: [], gaps: [] };
    expect(await materialize((await jsonReporter.render(empty, {}))[0]!.content)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    const odd = { a: undefined, b: Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? { x: [1, { y: 'a\nb' }], z: undefined } : [])), c: {}, d: [], e: null, f: () => 1, g: 'é"\u2028' };
    expect([...prettyJsonParts(odd)].join('')).toBe(JSON.stringify(odd, null, 2));
    expect([...prettyJsonParts({ big: odd.b, nested: { deeper: odd.b } }, '')].join('')).toBe(JSON.stringify({ big: odd.b, nested: { deeper: odd.b } }, null, 2));
  });

  it('the inventory (CSV, JSON) and JUnit reports come in several chunks that join to their documents', async () => {
    const big = syntheticReport({ findings: 20_000, gaps: 2 });
    const whole = [inventoryCsv(big), inventoryJson(big), renderJunit(big)];
    const files = [...(await inventoryReporter.render(big, {})), ...(await junitReporter.render(big, {}))];
    for (const [i, f] of files.entries()) {
      const chunks: string[] = [];
      for await (const c of chunksOf(f.content)) chunks.push(String(c));
      expect(chunks.length, f.name).toBeGreaterThan(1);
      expect(chunks.join(''), f.name).toBe(whole[i]);
    }
  });
});

describe('textSlices', () => {
  it('cuts a long string into pieces that join to it and never split a surrogate pair, so each piece encodes to the same UTF-8', () => {
    const text = 'ab😀cd😀😀e'.repeat(50);
    for (const size of [1, 2, 3, 5, 64]) {
      const pieces = [...textSlices(text, size)];
      expect(pieces.join('')).toBe(text);
      expect(Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8'))).equals(Buffer.from(text, 'utf8')), `size ${size}`).toBe(true);
      expect(pieces.every((p) => p.length <= size + 1)).toBe(true);
    }
    expect([...textSlices('', 4)]).toEqual([]);
  });
});
