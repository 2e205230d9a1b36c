/**
 * Untrusted strings (resource names, tags, messages, attestation notes) become plain PDF text.
 * The standard PDF fonts are WinAnsi-encoded: characters outside it would print as garbage,
 * so they are transliterated where a close Latin form exists (accents dropped by Unicode
 * decomposition, a few letters mapped) and replaced with "?" otherwise. Control characters
 * become spaces, and long strings are cut with a marker, so one hostile value cannot flood pages.
 */

/** Code points above Latin-1 that WinAnsi (cp1252) still has. */
const WIN_ANSI_EXTRA = new Set([0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122]);

const TRANSLITERATE: Readonly<Record<string, string>> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't', Ø: 'O', ø: 'o', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200b': '',
  '\u2032': "'", '\u2033': '"', '\u2190': '<-', '\u2192': '->', '\u2264': '<=', '\u2265': '>=', '\u2260': '!=', '\u2713': 'v', '\u2714': 'v', '\u2717': 'x',
};

function encodable(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
}

function toWinAnsi(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x0a) return ch; // line breaks are ours (multi-line cells) or harmless
  if (cp === 0x09 || cp === 0x0d) return ' ';
  if (encodable(cp)) return ch;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return ' ';
  const mapped = TRANSLITERATE[ch];
  if (mapped !== undefined) return mapped;
  const stripped = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (stripped.length > 0 && Array.from(stripped).every((c) => encodable(c.codePointAt(0) ?? 0))) return stripped;
  return '?';
}

/** Safe, bounded text for the standard fonts. */
export function pdfText(value: unknown, max = 500): string {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
  const chars = Array.from(s); // code points: one replacement per character
  const cut = chars.length > max;
  const out = (cut ? chars.slice(0, max) : chars).map(toWinAnsi).join('');
  return cut ? `${out}... [${chars.length - max} more characters; see the JSON report]` : out;
}
