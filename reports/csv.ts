import { withoutControls } from '../src/lib/text.js';

/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma or quote is quoted and its quotes doubled.
 * Untrusted cells lose their control characters (a run becomes one space: no escape sequence
 * reaches a terminal that `cat`s the file, no line break splits a record), and a cell that a
 * spreadsheet would read as a formula (first non-blank character `=`, `+`, `-`, `@` or their
 * full-width forms: OWASP "CSV injection") gets a leading apostrophe so it stays text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? withoutControls(value) : String(value);
  if (typeof value === 'string' && /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Row = readonly (string | number | boolean | null | undefined)[];

export function csv(header: readonly string[], rows: readonly Row[]): string {
  return [...csvLines(header, rows)].join('');
}

/** The same, one record (with its CRLF) at a time. */
export function* csvLines(header: readonly string[], rows: Iterable<Row>): Generator<string> {
  yield `${header.map(csvCell).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(csvCell).join(',')}\r\n`;
}
