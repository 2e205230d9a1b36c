/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted and its quotes
 * doubled. Untrusted cells that a spreadsheet would read as a formula (leading `=`, `+`, `-`, `@`,
 * tab or CR: OWASP "CSV injection") get a leading apostrophe so they stay text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
