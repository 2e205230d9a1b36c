import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * A generated section of a document (between its start and end markers) must equal `expected`.
 * With PHISCAN_UPDATE_DOCS=1 the section is rewritten instead of compared.
 */
export function expectGeneratedSection(path: string, start: string, end: string, expected: string): void {
  const doc = readFileSync(path, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  expect(from, `${path} has ${start}`).toBeGreaterThanOrEqual(0);
  expect(to, `${path} has ${end}`).toBeGreaterThan(from);
  if (process.env.PHISCAN_UPDATE_DOCS === '1') writeFileSync(path, doc.slice(0, from) + expected + doc.slice(to + end.length));
  else expect(doc.slice(from, to + end.length)).toBe(expected);
}
